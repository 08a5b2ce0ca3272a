/// An sRGB colour.
public struct RGBColor: Hashable, Sendable {
  /// Red, 0–255.
  public let red: Int
  /// Green, 0–255.
  public let green: Int
  /// Blue, 0–255.
  public let blue: Int

  /// Creates a colour from its 24-bit hexadecimal value (`0xE69F00`).
  public init(_ hex: Int) {
    red = (hex >> 16) & 0xFF
    green = (hex >> 8) & 0xFF
    blue = hex & 0xFF
  }

  /// `#RRGGBB` in upper case.
  public var hex: String {
    let digits: StaticString = "0123456789ABCDEF"
    var text = "#"
    for value in [red, green, blue] {
      text.unicodeScalars.append(Unicode.Scalar(digits.utf8Start[value >> 4]))
      text.unicodeScalars.append(Unicode.Scalar(digits.utf8Start[value & 0xF]))
    }
    return text
  }
}
