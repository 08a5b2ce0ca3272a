import ClaimGraph

/// Builds one JSON value from its events with a stack of its own (nothing recurses, however
/// deep the value), and keeps where each member of the value's top object is written.
///
/// A builder that skips its value only counts the collections it is in, to find where the
/// value ends. A kept value is built at most ``maxKeptDepth`` deep: what nests deeper is
/// skipped the same way and kept as `null`, since no ClaimGraph attribute nests more than a
/// few levels, and tearing down a value of any depth would recurse as deep (however far
/// `--max-nesting` is raised, the stack then stays shallow).
struct JSONValueBuilder {
  /// The deepest collection a kept value holds; deeper ones are read as `null`.
  static let maxKeptDepth = 32

  /// Where the value starts.
  let location: SourceLocation
  /// Whether the value is built, or only skipped.
  let keepsValue: Bool
  /// Where each member's key and value are written, by key, when the value is an object.
  private(set) var memberLocations: [String: (key: SourceLocation, value: SourceLocation)] = [:]

  private enum Container {
    case array([InputValue])
    /// An object, and the key of the member whose value comes next.
    case object([String: InputValue], key: String?)
  }

  /// The first problem met: a key that appears twice in one object.
  private(set) var problem: Diagnostic?

  private var open: [Container] = []
  /// Where the key of the top object's next member is written.
  private var keyLocation: SourceLocation?
  private var skippedDepth = 0

  init(at location: SourceLocation, keepsValue: Bool) {
    self.location = location
    self.keepsValue = keepsValue
  }

  /// Adds one event; returns the value once it is complete (`null` for a skipped one).
  mutating func take(_ event: JSONEventStream.Event, at location: SourceLocation) -> InputValue? {
    guard keepsValue, skippedDepth == 0 else {
      switch event {
      case .objectStart, .arrayStart: skippedDepth += 1
      case .objectEnd, .arrayEnd: skippedDepth -= 1
      case .scalar: break
      }
      guard skippedDepth == 0 else { return nil }
      return keepsValue ? add(.null) : .null
    }
    switch event {
    case .objectStart where open.count >= Self.maxKeptDepth,
      .arrayStart where open.count >= Self.maxKeptDepth:
      noteMember(at: location)
      skippedDepth = 1
      return nil
    case .objectStart:
      noteMember(at: location)
      open.append(.object([:], key: nil))
      return nil
    case .arrayStart:
      noteMember(at: location)
      open.append(.array([]))
      return nil
    case .objectEnd, .arrayEnd:
      switch open.removeLast() {
      case .array(let items): return add(.array(items))
      case .object(let members, _): return add(.object(members))
      }
    case .scalar(let value):
      if case .object(let members, nil)? = open.last {
        let key = value.text ?? ""
        if members[key] != nil, problem == nil { problem = Self.duplicate(key, at: location) }
        open[open.count - 1] = .object(members, key: key)
        if open.count == 1 { keyLocation = location }
        return nil
      }
      noteMember(at: location)
      return add(value)
    }
  }

  /// A key that appears twice in one object: JSON readers disagree on which value counts
  /// (most keep the last), so it is refused.
  static func duplicate(_ key: String, at location: SourceLocation) -> Diagnostic {
    InputRule.duplicateKey.diagnostic(
      "the key \"\(key)\" appears twice in one object; JSON readers disagree on which value "
        + "counts, so remove one", at: location)
  }

  /// Records where a member of the top object starts, when the next value is one.
  private mutating func noteMember(at location: SourceLocation) {
    if open.count == 1, case .object(_, let key?) = open[0] {
      memberLocations[key] = (keyLocation ?? location, location)
    }
  }

  /// Puts a finished value into the collection around it; returns it when it is the root.
  private mutating func add(_ value: InputValue) -> InputValue? {
    guard let container = open.popLast() else { return value }
    switch container {
    case .array(var items):
      items.append(value)
      open.append(.array(items))
    case .object(var members, let key):
      members[key ?? ""] = value
      open.append(.object(members, key: nil))
    }
    return nil
  }
}
