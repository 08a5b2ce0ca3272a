/// Collects small pieces of text and hands them to a sink in chunks of about 64 KiB,
/// so text exporters stream without a system call per node.
struct ChunkedTextWriter<Sink: ExportSink> {
  private var sink: Sink
  private var pending = ""
  private let threshold = 1 << 16

  init(_ sink: Sink) { self.sink = sink }

  /// Appends text, flushing to the sink when enough has accumulated.
  mutating func write(_ text: String) throws {
    pending += text
    if pending.utf8.count >= threshold { try flush() }
  }

  /// Hands everything pending to the sink and returns it.
  mutating func finish() throws -> Sink {
    try flush()
    return sink
  }

  private mutating func flush() throws {
    guard !pending.isEmpty else { return }
    try sink.write(pending)
    pending = ""
  }
}
