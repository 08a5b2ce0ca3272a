import ArgumentParser
import ClaimGraph
import ClaimGraphFormats
import ClaimGraphProject
import ClaimGraphYAML
import Foundation

/// The file system side of `claimgraph lint` that is the command line's own: where the files
/// it is given lie, writing the report, appending to GitHub's step summary.
struct LintFiles {
  /// The absolute working directory.
  let workingDirectory: String

  /// Whether `path` lies inside the directory `directory` (or is it).
  func isInside(_ path: String, directory: String) -> Bool {
    let (file, folder) = (absolute(path), absolute(directory))
    return file == folder || file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
  }

  private func absolute(_ path: String) -> String {
    WorkingDirectory(workingDirectory).absolute(path)
  }

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
