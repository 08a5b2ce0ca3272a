/// Encodes a `Codable` value as a ``JSONValue``, object members in the order the value's
/// `encode(to:)` writes them, so that ``JSONValue/serialized(pretty:)`` (the one JSON
/// writer) gives deterministic text a reviewer can diff.
///
/// Foundation's `JSONEncoder` is not used because on Linux it does not keep the order of
/// keys (only `sortedKeys` is deterministic), writes `"key" : value`, and leaves U+2028,
/// U+2029 and U+FEFF raw; this encoder writes what every other JSON of the tool writes.
///
/// Whole numbers, texts, booleans and `nil` are supported; a floating-point value throws
/// `EncodingError.invalidValue` (no format the tool writes has one).
public struct JSONValueEncoder: Sendable {
  /// An encoder; it has no options.
  public init() {}

  /// The value as JSON.
  ///
  /// - Throws: `EncodingError.invalidValue` for a floating-point number or an integer
  ///   beyond `Int`'s range.
  public func encode(_ value: some Encodable) throws -> JSONValue {
    let slot = Slot()
    try value.encode(to: TreeEncoder(slot: slot, codingPath: []))
    return slot.json
  }
}

/// One place in the tree being encoded: a value, or an object or array still filling.
private final class Slot {
  var value: JSONValue?
  var members: [(String, Slot)]?
  var items: [Slot]?

  var json: JSONValue {
    if let members { return .object(members.map { ($0.0, $0.1.json) }) }
    if let items { return .array(items.map(\.json)) }
    return value ?? .object([])
  }
}

private struct TreeEncoder: Encoder {
  let slot: Slot
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if slot.members == nil { slot.members = [] }
    return KeyedEncodingContainer(Keyed<Key>(slot: slot, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if slot.items == nil { slot.items = [] }
    return Unkeyed(slot: slot, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    Single(slot: slot, codingPath: codingPath)
  }
}

/// A whole number as JSON, or the error for one beyond `Int`'s range.
private func integer(_ value: some BinaryInteger, at path: [any CodingKey]) throws -> JSONValue {
  guard let exact = Int(exactly: value) else {
    throw EncodingError.invalidValue(
      value, .init(codingPath: path, debugDescription: "\(value) is beyond Int's range"))
  }
  return .int(exact)
}

/// The error for a floating-point value, which no format the tool writes holds.
private func floatingPoint(_ value: some BinaryFloatingPoint, at path: [any CodingKey]) -> Error {
  EncodingError.invalidValue(
    value, .init(codingPath: path, debugDescription: "floating-point values are not written"))
}

private struct Single: SingleValueEncodingContainer {
  let slot: Slot
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { slot.value = .null }
  mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
  mutating func encode(_ value: String) throws { slot.value = .string(value) }
  mutating func encode(_ value: Double) throws { throw floatingPoint(value, at: codingPath) }
  mutating func encode(_ value: Float) throws { throw floatingPoint(value, at: codingPath) }
  mutating func encode(_ value: Int) throws { slot.value = .int(value) }
  mutating func encode(_ value: Int8) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode(_ value: Int16) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode(_ value: Int32) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode(_ value: Int64) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode(_ value: UInt) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode(_ value: UInt8) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode(_ value: UInt16) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode(_ value: UInt32) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode(_ value: UInt64) throws { slot.value = try integer(value, at: codingPath) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath))
  }
}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let slot: Slot
  let codingPath: [any CodingKey]

  /// A new member named `key`, appended in order.
  private func member(_ key: Key) -> Slot {
    let member = Slot()
    slot.members?.append((key.stringValue, member))
    return member
  }

  private func encoder(_ key: Key) -> TreeEncoder {
    TreeEncoder(slot: member(key), codingPath: codingPath + [key])
  }

  mutating func encodeNil(forKey key: Key) throws { member(key).value = .null }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try value.encode(to: encoder(key))
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws { member(key).value = .bool(value) }
  mutating func encode(_ value: String, forKey key: Key) throws {
    member(key).value = .string(value)
  }
  mutating func encode(_ value: Int, forKey key: Key) throws { member(key).value = .int(value) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    encoder(key).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    encoder(key).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(slot: slot, codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder { encoder(key) }
}

private struct Unkeyed: UnkeyedEncodingContainer {
  let slot: Slot
  let codingPath: [any CodingKey]
  var count: Int { slot.items?.count ?? 0 }

  /// A new item, appended.
  private func item() -> TreeEncoder {
    let item = Slot()
    slot.items?.append(item)
    return TreeEncoder(slot: item, codingPath: codingPath)
  }

  mutating func encodeNil() throws { item().slot.value = .null }
  mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: item()) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    item().container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    item().unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { item() }
}
