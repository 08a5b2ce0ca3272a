import Foundation

/// The machine a benchmark ran on, from `/proc` where available.
struct MachineDescription {
  var cores: Int
  var processor: String
  var memoryBytes: UInt64
  var system: String

  static var current: MachineDescription {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .flatMap { $0.split(separator: ":", maxSplits: 1).last }
      .map { $0.trimmingCharacters(in: .whitespaces) }
    var name = utsname()
    uname(&name)
    func text<T>(_ field: T) -> String {
      withUnsafeBytes(of: field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
    return MachineDescription(
      cores: ProcessInfo.processInfo.activeProcessorCount,
      processor: model ?? "unknown processor",
      memoryBytes: ProcessInfo.processInfo.physicalMemory,
      system: "\(text(name.sysname)) \(text(name.release)) \(text(name.machine))")
  }
}
