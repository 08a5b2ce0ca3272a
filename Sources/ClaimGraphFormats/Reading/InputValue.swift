import Foundation

/// A value read from GraphML or JSON, before it is checked against the model.
package enum InputValue: Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([InputValue])
  case object([String: InputValue])

  /// Parses JSON text: plain JSON quickly (``PlainJSONParser``), the rest with
  /// `JSONSerialization`.
  static func parse(json text: String) -> InputValue? {
    PlainJSONParser.parse(text) ?? (try? parse(json: Data(text.utf8)))
  }

  /// Parses JSON bytes with Foundation's `JSONSerialization` (several times faster than
  /// decoding this enum with `JSONDecoder`); throws its error, which carries the position.
  package static func parse(json data: Data) throws -> InputValue {
    InputValue(
      foundation: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
  }

  /// Converts a `JSONSerialization` value.
  ///
  /// Booleans are told from numbers by their
  /// Objective-C type code (`c`), which `is Bool` cannot do (it accepts 0 and 1).
  private init(foundation value: Any) {
    switch value {
    case let text as String: self = .string(text)
    case let number as NSNumber:
      switch String(cString: number.objCType) {
      case "c", "B": self = .bool(number.boolValue)
      case "f", "d": self = .double(number.doubleValue)
      default: self = .int(number.intValue)
      }
    case let items as [Any]: self = .array(items.map(InputValue.init(foundation:)))
    case let members as [String: Any]:
      self = .object(members.mapValues(InputValue.init(foundation:)))
    default: self = .null
    }
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
