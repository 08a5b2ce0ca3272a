import Foundation

/// The `claimgraph` executable built beside the test bundle, run as a separate process.
enum BuiltExecutable {
  /// The executable's path.
  static let path = Bundle.module.bundleURL.deletingLastPathComponent()
    .appendingPathComponent("claimgraph").path

  /// Runs it with `arguments` in a clean environment plus `environment`; its exit status
  /// and everything it wrote to standard output and standard error.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
    status: Int32, stdout: Data, stderr: Data
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read standard error on another thread so that neither pipe can fill up and block.
    let errorData = LockedData()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
      done.signal()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    done.wait()
    return (process.terminationStatus, outputData, errorData.value)
  }

  /// Data handed from the reading thread.
  private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.withLock { data = value } }
    var value: Data { lock.withLock { data ?? Data() } }
  }
}
