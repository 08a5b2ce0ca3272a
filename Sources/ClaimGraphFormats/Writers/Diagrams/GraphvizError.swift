/// Graphviz could not render a picture.
public struct GraphvizError: Error, CustomStringConvertible, Sendable {
  /// What went wrong.
  public let message: String

  /// The message.
  public var description: String { message }
}
