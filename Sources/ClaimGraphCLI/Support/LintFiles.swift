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

  /// Appends to a file (the step summary), creating it if needed.
  ///
  /// Failures are reported (`warning: cannot write PATH: reason`) but do not fail the run;
  /// a FIFO without a reader is a failure, not a wait.
  func append(_ text: String, to path: String, console: Console) {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let error = FileError(path: path, reason: String(cString: strerror(errno)))
      console.writeError("warning: \(error) (the step summary)\n")
      return
    }
    defer { close(descriptor) }
    var sink = FileSink(descriptor: descriptor, path: path)
    do {
      try sink.write(text)
    } catch {
      console.writeError("warning: \(error) (the step summary)\n")
    }
  }
}
