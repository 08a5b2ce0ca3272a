import Foundation

/// Runs a program as a separate process and collects both of its output streams.
package enum ChildProcess {
  /// Runs `executable` with `arguments` (in `directory`, with `environment` when given, else
  /// the test's own); its exit status and everything it wrote to standard output and error.
  package static func run(
    _ executable: String, _ arguments: [String], in directory: String? = nil,
    environment: [String: String]? = nil
  ) throws -> (status: Int32, stdout: Data, stderr: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if let environment { process.environment = environment }
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
