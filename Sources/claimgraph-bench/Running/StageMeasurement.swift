/// What one stage measured in its own process: the line a child prints, read by the parent.
struct StageMeasurement: Codable, Sendable {
  /// Wall time of the stage itself (not of loading its input or starting the process).
  var seconds: Double
  /// Processor time of the stage on all threads (user + system); nil when not measured.
  var cpuSeconds: Double?
  /// Bytes processed (written or read), for throughput; nil when not meaningful.
  var bytes: Int?
  /// A short note (counts, the library's configuration).
  var detail: String
  /// The process's peak resident memory, filled in by the parent.
  var peakBytes: Int?
}
