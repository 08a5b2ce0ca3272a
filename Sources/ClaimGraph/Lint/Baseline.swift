/// Findings recorded as known debt, so that a run reports only new ones.
///
/// Entries are keyed by ``Fingerprint`` (rule + node + message without numbers) and
/// counted: a baseline holding two findings of one fingerprint absorbs two, and a third is
/// new. Files and messages are kept for people reading the baseline, not for matching,
/// so findings survive line shifts and moves of a node to another file.
public struct Baseline: Codable, Sendable, Equatable {
  /// One recorded fingerprint.
  public struct Entry: Codable, Sendable, Equatable {
    /// The id of the rule the findings came from (`uncited-claim`).
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

    /// An entry recording `count` findings of `rule` on `node` with this fingerprint;
    /// `file` and `message` are the first finding's, for people reading the file.
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

    /// Writes every key in the order of the properties, `null` for a missing node or file
    /// (so that every entry has the same keys).
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(rule, forKey: .rule)
      try container.encode(node, forKey: .node)
      try container.encode(fingerprint, forKey: .fingerprint)
      try container.encode(count, forKey: .count)
      try container.encode(file, forKey: .file)
      try container.encode(message, forKey: .message)
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

    /// The origin of a baseline read from `file`, whose text is `text`.
    ///
    /// On each line, the first `"fingerprint"` key gives the location of the value that
    /// follows it (the text between the next two quotes on that line). The bytes are scanned
    /// once: a baseline of the article's graph has hundreds of entries, and every lint run
    /// reads it.
    public init(file: String, text: String) {
      self.file = file
      var locations: [String: SourceLocation] = [:]
      let key = Array(#""fingerprint""#.utf8)
      let (quote, newline) = (UInt8(ascii: "\""), UInt8(ascii: "\n"))
      var text = text
      text.withUTF8 { bytes in
        var (line, lineStart, keyOnLine) = (1, 0, false)
        var index = 0
        while index < bytes.count {
          let byte = bytes[index]
          if byte == newline {
            (line, lineStart, keyOnLine) = (line + 1, index + 1, false)
            index += 1
            continue
          }
          guard byte == quote, !keyOnLine, index + key.count <= bytes.count,
            bytes[index..<(index + key.count)].elementsEqual(key)
          else {
            index += 1
            continue
          }
          keyOnLine = true
          var open = index + key.count
          while open < bytes.count, bytes[open] != quote, bytes[open] != newline { open += 1 }
          guard open < bytes.count, bytes[open] == quote else {
            index = open
            continue
          }
          var close = open + 1
          while close < bytes.count, bytes[close] != quote, bytes[close] != newline { close += 1 }
          let value = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
          // Columns count Unicode scalars: every byte that does not continue one starts one.
          let column = bytes[lineStart..<index].count { $0 & 0xC0 != 0x80 } + 1
          if locations[value] == nil {
            locations[value] = SourceLocation(file: file, line: line, column: column)
          }
          index = close
        }
      }
      self.locations = locations
    }
  }

  private enum CodingKeys: String, CodingKey {
    case version
    case tool
    case entries
  }

  /// Reads the file's `version`, `tool` (`claimgraph` when absent) and `entries`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decode(Int.self, forKey: .version)
    tool = try container.decodeIfPresent(String.self, forKey: .tool) ?? "claimgraph"
    entries = try container.decode([Entry].self, forKey: .entries)
  }

  /// Writes `version`, `tool` and `entries`, in that order (the file's layout).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(version, forKey: .version)
    try container.encode(tool, forKey: .tool)
    try container.encode(entries, forKey: .entries)
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

  /// Splits findings into new ones and those the baseline knows, in their given order.
  public func partition(_ findings: [Diagnostic]) -> (new: [Diagnostic], known: [Diagnostic]) {
    let matched = match(findings)
    return (matched.new, matched.known)
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
