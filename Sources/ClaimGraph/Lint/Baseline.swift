/// Findings recorded as known debt, so that a run reports only new ones.
///
/// Entries are keyed by ``Fingerprint`` (rule + node + message without numbers) and
/// counted: a baseline holding two findings of one fingerprint absorbs two, and a third is
/// new. Files and messages are kept for people reading the baseline, not for matching,
/// so findings survive line shifts and moves of a node to another file.
public struct Baseline: Codable, Sendable, Equatable {
  /// One recorded fingerprint.
  public struct Entry: Codable, Sendable, Equatable {
    /// The rule id.
    public var rule: String
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

    /// Creates an entry.
    public init(
      rule: String, node: String?, fingerprint: String, count: Int, file: String?,
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

  /// The format version; currently 1.
  public var version: Int
  /// The entries, sorted by rule, node and fingerprint.
  public var entries: [Entry]

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
    version = 1
    self.entries = entries.values.sorted {
      ($0.rule, $0.node ?? "", $0.fingerprint) < ($1.rule, $1.node ?? "", $1.fingerprint)
    }
  }

  /// Splits findings into new ones and those the baseline knows, in their given order.
  public func partition(_ findings: [Diagnostic]) -> (new: [Diagnostic], known: [Diagnostic]) {
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
    return (new, known)
  }

  /// The baseline as deterministic, pretty-printed JSON (reviewable in diffs).
  public var json: JSONValue {
    .object([
      ("version", .int(version)),
      ("tool", .string("claimgraph")),
      (
        "entries",
        .array(
          entries.map { entry in
            .object([
              ("rule", .string(entry.rule)),
              ("node", .optional(entry.node)),
              ("fingerprint", .string(entry.fingerprint)),
              ("count", .int(entry.count)),
              ("file", .optional(entry.file)),
              ("message", .string(entry.message)),
            ])
          })
      ),
    ])
  }
}
