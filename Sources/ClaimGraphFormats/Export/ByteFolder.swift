/// An in-memory folder: the files written so far, in order.
public struct ByteFolder: ExportFolder, Sendable {
  /// Every file written, with its bytes, in the order written.
  public private(set) var files: [(name: String, bytes: [UInt8])] = []

  /// Creates an empty folder.
  public init() {}

  /// Writes one file into memory.
  public mutating func writeFile(named name: String, _ body: (inout MemorySink) throws -> Void)
    throws
  {
    var buffer = MemorySink()
    try body(&buffer)
    files.append((name, buffer.bytes))
  }
}
