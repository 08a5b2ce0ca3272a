/// Findings recorded as known debt, so that a run reports only new ones.
///
/// Entries are keyed by ``Fingerprint`` (rule + node + message without numbers) and
/// counted: a baseline holding two findings of one fingerprint absorbs two, and a third is
/// new. Files and messages are kept for people reading the baseline, not for matching,
/// so findings survive line shifts and moves of a node to another file.
public struct Baseline: Sendable, Equatable {
  /// One recorded fingerprint.
  public struct Entry: Sendable, Equatable {
    /// The id of the rule the findings came from (`uncited-claim`).
    public var rule: RuleID
    /// The node the findings are about, if any.
    public var node: String?
    /// The fingerprint matched on.
    public var fingerprint: String
    /// How many findings with this fingerprint are known.
    public var count: Int
    /// Where the first of them was (for reading only).
    public var file: String?
    /// The first one's message (for reading only).
    public var message: String

    /// An entry recording `count` findings of `rule` on `node` with this fingerprint;
    /// `file` and `message` are the first finding's, for people reading the file.
    public init(
      rule: RuleID, node: String?, fingerprint: String, count: Int, file: String?,
      message: String
    ) {
      self.rule = rule
      self.node = node
      self.fingerprint = fingerprint
      self.count = count
      self.file = file
      self.message = message
    }
  }

  /// The version of the file format this claimgraph reads and writes.
  public static let currentVersion = 1

  /// The format version of the file (``currentVersion`` for a baseline made here).
  public var version: Int
  /// The tool that wrote the file: `claimgraph`.
  public var tool: String
  /// The entries, sorted by rule, node and fingerprint.
  public var entries: [Entry]
  /// Where the baseline was read from, so that a stale entry can be pointed at; not part
  /// of the file's contents.
  public var origin: Origin?

  /// The file a baseline was read from and where each entry is in it.
  public struct Origin: Sendable, Equatable {
    /// The file's path, as findings name files.
    public var file: String
    /// Where each entry's `"fingerprint"` key is written, by fingerprint.
    public var locations: [String: SourceLocation]

    /// The origin of a baseline read from `file`, with where each entry's `"fingerprint"` key
    /// is written, by fingerprint.
    public init(file: String, locations: [String: SourceLocation]) {
      self.file = file
      self.locations = locations
    }
  }

  /// A baseline of these entries (its ``origin`` nil), as written by `tool` in a file of
  /// format `version`.
  public init(version: Int = currentVersion, tool: String = "claimgraph", entries: [Entry]) {
    self.version = version
    self.tool = tool
    self.entries = entries
  }

  /// The baseline of these findings.
  public init(findings: [Diagnostic]) {
    var entries: [Fingerprint: Entry] = [:]
    for finding in findings {
      let fingerprint = Fingerprint(of: finding)
      if entries[fingerprint] != nil {
        entries[fingerprint]!.count += 1
      } else {
        entries[fingerprint] = Entry(
          rule: finding.rule, node: finding.node?.rawValue, fingerprint: fingerprint.value,
          count: 1, file: finding.location?.file, message: finding.message)
      }
    }
    version = Self.currentVersion
    tool = "claimgraph"
    self.entries = entries.values.sorted {
      ($0.rule, $0.node ?? "", $0.fingerprint) < ($1.rule, $1.node ?? "", $1.fingerprint)
    }
  }

  /// What matching findings against the baseline gives: the new findings, the known ones
  /// (both in their given order), and the stale entries — those that some finding no
  /// longer fills, each with the count left over (the finding was fixed, and the entry
  /// would silently absorb its return).
  public func match(_ findings: [Diagnostic]) -> (
    new: [Diagnostic], known: [Diagnostic], stale: [Entry]
  ) {
    var remaining: [String: Int] = [:]
    for entry in entries { remaining[entry.fingerprint, default: 0] += entry.count }
    var new: [Diagnostic] = []
    var known: [Diagnostic] = []
    for finding in findings {
      let key = Fingerprint(of: finding).value
      if let left = remaining[key], left > 0 {
        remaining[key] = left - 1
        known.append(finding)
      } else {
        new.append(finding)
      }
    }
    var stale: [Entry] = []
    for entry in entries {
      guard let left = remaining[entry.fingerprint], left > 0 else { continue }
      var unused = entry
      unused.count = min(left, entry.count)
      remaining[entry.fingerprint] = left - unused.count
      stale.append(unused)
    }
    return (new, known, stale)
  }

  /// The baseline without the stale entries `match` found: each entry's count is reduced
  /// by its stale count, and entries left with none are dropped.
  public func pruned(removing stale: [Entry]) -> Baseline {
    var excess: [String: Int] = [:]
    for entry in stale { excess[entry.fingerprint, default: 0] += entry.count }
    var result = self
    result.entries = entries.compactMap { entry in
      var kept = entry
      let drop = min(excess[entry.fingerprint] ?? 0, entry.count)
      excess[entry.fingerprint] = (excess[entry.fingerprint] ?? 0) - drop
      kept.count -= drop
      return kept.count > 0 ? kept : nil
    }
    return result
  }

  /// The line of an entry in the file the baseline was read from.
  public func location(of entry: Entry) -> SourceLocation? {
    guard let origin else { return nil }
    return origin.locations[entry.fingerprint]
      ?? SourceLocation(file: origin.file, line: 1, column: 1)
  }
}
