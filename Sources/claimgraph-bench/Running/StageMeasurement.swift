import ClaimGraphFormats

/// What one stage measured in its own process: the line a child prints, read by the parent.
struct StageMeasurement: Sendable {
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

  init(seconds: Double, cpuSeconds: Double?, bytes: Int?, detail: String) {
    self.seconds = seconds
    self.cpuSeconds = cpuSeconds
    self.bytes = bytes
    self.detail = detail
  }

  /// The measurement a line of JSON gives (`seconds`, and optionally `cpuSeconds`, `bytes`
  /// and `detail`), as a child stage or `compare_python.py` prints it; nil for anything else.
  init?(line: Substring) {
    guard case .object(let members)? = JSONTexts().parse(String(line)),
      let seconds = Self.number(members["seconds"])
    else { return nil }
    self.seconds = seconds
    cpuSeconds = Self.number(members["cpuSeconds"])
    if case .int(let count)? = members["bytes"] { bytes = count }
    if case .string(let text)? = members["detail"] { detail = text } else { detail = "" }
  }

  private static func number(_ value: InputValue?) -> Double? {
    switch value {
    case .int(let number)?: Double(number)
    case .double(let number)?: number
    default: nil
    }
  }

  /// The line a child prints: one JSON object, keys sorted.
  var line: String {
    let number = { (value: Double) in value.isFinite ? "\(value)" : "null" }
    var members = [
      #""bytes":"# + (bytes.map(String.init) ?? "null"),
      #""cpuSeconds":"# + (cpuSeconds.map(number) ?? "null"),
      #""detail":"# + JSONValue.string(detail).serialized(pretty: false),
      #""seconds":"# + number(seconds),
    ]
    if let peakBytes { members.append(#""peakBytes":\#(peakBytes)"#) }
    return "{" + members.joined(separator: ",") + "}"
  }
}
