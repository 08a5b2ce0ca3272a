import Foundation

/// What a program run by ``ChildProcess/run(_:_:in:environment:input:mergingErrors:)`` did.
package struct ProcessResult: Sendable {
  /// Its exit status (or the number of the signal that ended it).
  package var status: Int32
  /// Everything it wrote to standard output (and to standard error, when they were merged).
  package var stdout: Data
  /// Everything it wrote to standard error; empty when merged into ``stdout``.
  package var stderr: Data
  /// Its process id, which names no running process once the run has returned.
  package var processIdentifier: Int32

  /// Standard output as UTF-8 text.
  package var output: String { String(decoding: stdout, as: UTF8.self) }
  /// Standard error as UTF-8 text.
  package var errors: String { String(decoding: stderr, as: UTF8.self) }
}

/// The one way tests run a program as a separate process: the built `claimgraph`
/// (``BuiltExecutable``), an external tool (``ExternalTool``), Python (``Python``) or a shell.
package enum ChildProcess {
  /// Runs `program` — an absolute path, or a name looked up on `PATH` — with `arguments`, in
  /// `directory` when given, with exactly `environment` when given (else the test's own),
  /// feeding it `input` (else nothing) and collecting both of its output streams; with
  /// `mergingErrors`, both streams go into one pipe, in the order they were written.
  ///
  /// Throws when the program cannot be found or started.
  package static func run(
    _ program: String, _ arguments: [String], in directory: String? = nil,
    environment: [String: String]? = nil, input: Data? = nil, mergingErrors: Bool = false
  ) throws -> ProcessResult {
    guard let executable = program.hasPrefix("/") ? program : ExternalTool.path(program) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: program])
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if let environment { process.environment = environment }
    let output = Pipe()
    let errors = mergingErrors ? output : Pipe()
    let stdin = input.map { _ in Pipe() }
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = stdin ?? FileHandle.nullDevice
    try process.run()
    // Feed the input and read standard error on other threads, so that no pipe can fill up
    // and block the child or the test.
    let group = DispatchGroup()
    if let stdin, let input {
      DispatchQueue.global().async(group: group) {
        stdin.fileHandleForWriting.write(input)
        try? stdin.fileHandleForWriting.close()
      }
    }
    let errorData = LockedData()
    if !mergingErrors {
      DispatchQueue.global().async(group: group) {
        errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
      }
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    group.wait()
    return ProcessResult(
      status: process.terminationStatus, stdout: outputData, stderr: errorData.value,
      processIdentifier: process.processIdentifier)
  }

  /// Data handed from the reading thread.
  private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.withLock { data = value } }
    var value: Data { lock.withLock { data ?? Data() } }
  }
}
