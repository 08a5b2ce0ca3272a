/// The description of a rule: what `claimgraph rules` lists and `lint --explain` prints.
public struct RuleDescriptor: Hashable, Sendable {
  /// The stable identifier.
  public let id: RuleID
  /// The severity unless configured otherwise.
  public let defaultSeverity: Severity
  /// A one-line description.
  public let summary: String
  /// Why it matters and how to fix it.
  public let explanation: String

  /// Creates a descriptor.
  public init(id: RuleID, defaultSeverity: Severity, summary: String, explanation: String) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.explanation = explanation
  }
}

/// Rules about the input files themselves.
///
/// The loaders (YAML, GraphML, JSON) report these before any graph rule runs.
/// Input errors make every command exit with status 2.
public enum InputRule {
  /// A file could not be read (missing, unreadable, too large, a symlink loop).
  public static let unreadableFile = RuleDescriptor(
    id: .unreadableFile, defaultSeverity: .error,
    summary: "An input file or directory cannot be read.",
    explanation: """
      The path does not exist, is not readable, exceeds the configured size limit, or \
      loops through symbolic links. Check the path and its permissions.
      """)
  /// A file is not valid UTF-8 (or uses a UTF-16/UTF-32 byte-order mark).
  public static let invalidEncoding = RuleDescriptor(
    id: .invalidEncoding, defaultSeverity: .error,
    summary: "An input file is not valid UTF-8.",
    explanation: """
      Graph files must be UTF-8 (a UTF-8 byte-order mark is accepted and ignored). The \
      message points at the first byte that is not UTF-8; re-save the file as UTF-8.
      """)
  /// The YAML (or XML, or JSON) is not well-formed.
  public static let syntax = RuleDescriptor(
    id: .syntax, defaultSeverity: .error,
    summary: "An input file is not well-formed YAML, XML or JSON.",
    explanation: """
      The parser stopped at the given position. Common causes in YAML: a tab used for \
      indentation, an unquoted value containing ': ', or an unclosed quote or bracket.
      """)
  /// A document exceeds a safety limit (nesting depth, alias expansion, value count).
  public static let limitExceeded = RuleDescriptor(
    id: .limitExceeded, defaultSeverity: .error,
    summary: "An input file exceeds a safety limit.",
    explanation: """
      Hostile or broken input is refused before it can exhaust memory or time: documents \
      nested too deeply, aliases that expand to far more values than the file holds \
      ('billion laughs'), or files larger than the size limit. ClaimGraph YAML never \
      needs anchors or aliases; the limits are configurable (see the Hardening \
      article of the documentation).
      """)
  /// A document uses a construct the reader refuses on principle, whatever its size.
  public static let unsupportedConstruct = RuleDescriptor(
    id: .unsupportedConstruct, defaultSeverity: .error,
    summary: "An input file uses a construct that is refused unread.",
    explanation: """
      A GraphML document whose DOCTYPE declares entities is refused before it is parsed: \
      GraphML needs no entities, and expanding them can read local files (XXE) or turn a \
      small file into a huge one. Remove the DOCTYPE, or its entity declarations.
      """)
  /// A value has the wrong YAML type (a list where a text is expected, …).
  public static let wrongType = RuleDescriptor(
    id: .wrongType, defaultSeverity: .error,
    summary: "A value has the wrong type.",
    explanation: """
      Each key expects a text, a whole number, a true/false value, a list or a mapping; \
      the message says which. Quote texts that YAML would read otherwise.
      """)
  /// A key is not part of the format.
  public static let unknownKey = RuleDescriptor(
    id: .unknownKey, defaultSeverity: .error,
    summary: "A mapping has a key the format does not know.",
    explanation: """
      Unknown keys are errors so that typos such as 'strenght' never silently drop data. \
      The message lists the keys allowed at that place and suggests the closest one.
      """)
  /// The same key appears twice in one mapping.
  public static let duplicateKey = RuleDescriptor(
    id: .duplicateKey, defaultSeverity: .error,
    summary: "A mapping repeats a key.",
    explanation: """
      YAML forbids repeated keys; most tools silently keep one of the values. Remove or \
      merge the repeated key.
      """)
  /// A required field is absent.
  public static let missingField = RuleDescriptor(
    id: .missingField, defaultSeverity: .error,
    summary: "A required field is missing.",
    explanation: """
      Claims need id, statement, strength and section; sources need id, type and title; \
      entities need id and name; citations need a source; relations need subject, \
      predicate and object; suppressions need rule and reason.
      """)
  /// A value is not one of the allowed values, or is malformed.
  public static let invalidValue = RuleDescriptor(
    id: .invalidValue, defaultSeverity: .error,
    summary: "A value is not one of the allowed values.",
    explanation: """
      Strength must be established, uncertain or refuted; stance supports, contradicts or \
      mentions; a source type one of the documented types; ids lowercase kebab-case.
      """)
  /// Two nodes share an identifier.
  public static let duplicateID = RuleDescriptor(
    id: .duplicateID, defaultSeverity: .error,
    summary: "Two nodes share an id.",
    explanation: """
      Ids are unique across the whole graph, across files and kinds. The message names \
      where the id was first defined; rename one of them.
      """)
  /// A file holds no data.
  public static let emptyFile = RuleDescriptor(
    id: .emptyFile, defaultSeverity: .error,
    summary: "An input file holds no data.",
    explanation: """
      The file is empty or holds only comments, which usually means a truncated save or a \
      forgotten draft. Remove it or add its content.
      """)

  /// Every input rule, for listings.
  public static let all: [RuleDescriptor] = [
    unreadableFile, invalidEncoding, syntax, limitExceeded, unsupportedConstruct, wrongType,
    unknownKey, duplicateKey,
    missingField, invalidValue, duplicateID, emptyFile,
  ]
}

extension RuleDescriptor {
  /// A diagnostic of this rule at its default severity.
  public func diagnostic(
    _ message: String, at location: SourceLocation?, node: NodeID? = nil
  ) -> Diagnostic {
    Diagnostic(
      rule: id, severity: defaultSeverity, message: message, location: location, node: node)
  }
}
