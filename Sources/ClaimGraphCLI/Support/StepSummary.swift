import ClaimGraphFormats
import Foundation

/// GitHub's step summary, which `claimgraph lint` appends its Markdown summary to.
enum StepSummary {
  /// Appends to a file (the step summary), creating it if needed.
  ///
  /// Failures are reported (`warning: cannot write PATH: reason`) but do not fail the run;
  /// a FIFO without a reader is a failure, not a wait.
  static func append(_ text: String, to path: String, console: Console) {
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
