import Foundation

/// A value read from GraphML or JSON, before it is checked against the model.
enum InputValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([InputValue])
  case object([String: InputValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let flag = try? container.decode(Bool.self) {
      self = .bool(flag)
    } else if let number = try? container.decode(Int.self) {
      self = .int(number)
    } else if let number = try? container.decode(Double.self) {
      self = .double(number)
    } else if let text = try? container.decode(String.self) {
      self = .string(text)
    } else if let items = try? container.decode([InputValue].self) {
      self = .array(items)
    } else {
      self = .object(try container.decode([String: InputValue].self))
    }
  }

  /// Parses JSON text.
  static func parse(json text: String) -> InputValue? {
    try? JSONDecoder().decode(InputValue.self, from: Data(text.utf8))
  }

  /// A short name of the value's type, for messages.
  var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .int, .double: "a number"
    case .string: "a text"
    case .array: "a list"
    case .object: "an object"
    }
  }

  /// The value as text, if it is a text or a number.
  var text: String? {
    switch self {
    case .string(let text): text
    case .int(let number): String(number)
    default: nil
    }
  }
}
