import Foundation

/// A program from outside the package that a test runs as a real consumer (installed by
/// `.ci/setup`): found on `PATH`, run with the test's environment.
///
/// A test that needs one is enabled when it is installed, or when `CI=true` — there a
/// missing tool must fail the test rather than skip it.
package enum ExternalTool {
  /// The tool's path on `PATH`, if it is installed.
  package static func path(_ name: String) -> String? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    return directories.map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Whether a test needing the tool runs: it is installed, or this is CI.
  package static func isRequired(_ name: String) -> Bool {
    path(name) != nil || ProcessInfo.processInfo.environment["CI"] == "true"
  }

  /// Runs the tool (a name on `PATH`, or an absolute path) and returns its exit status and
  /// everything it printed, both streams in one pipe in the order they were written.
  package static func run(
    _ name: String, _ arguments: [String], in directory: String? = nil,
    environment: [String: String] = [:]
  ) throws -> (status: Int32, output: String) {
    guard let executable = name.hasPrefix("/") ? name : path(name) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
