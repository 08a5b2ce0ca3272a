import ArgumentParser
import ClaimGraphExport
import Foundation

/// The files `claimgraph lint` writes: its report, a baseline, the step summary. (Finding
/// and reading the configuration and the baseline is ``ClaimGraphProject``'s.)
struct LintFiles {
  /// Writes a file atomically (a temporary file, then a rename).
  func write(_ text: String, to path: String) throws {
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      Console.current.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// Appends to a file (the step summary), creating it if needed; failures are reported
  /// but do not fail the run.
  func append(_ text: String, to path: String, console: Console) {
    let manager = FileManager.default
    if !manager.fileExists(atPath: path) { _ = manager.createFile(atPath: path, contents: nil) }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      console.writeError("warning: cannot write the step summary '\(path)'\n")
      return
    }
    defer { try? handle.close() }
    do {
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(text.utf8))
    } catch {
      console.writeError("warning: cannot write the step summary '\(path)': \(error)\n")
    }
  }
}
