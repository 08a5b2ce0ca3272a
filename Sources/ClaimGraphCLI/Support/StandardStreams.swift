import Foundation
import Synchronization

/// The process's standard output and error, written with `write(2)`.
///
/// A failed write to standard output never crashes the process (as `FileHandle` does):
/// the first failure is kept, later writes are dropped, and the command ends with it
/// (``ClaimGraphCommand/run(arguments:)``): quietly when the reader went away (`EPIPE`,
/// `claimgraph export | head`), else with `cannot write standard output: REASON` and
/// exit status 2 (`> /dev/full`). Failed writes to standard error are dropped.
final class StandardStreams: Sendable {
  /// The process's streams.
  static let shared = StandardStreams()

  /// The `errno` of the first failed write to standard output.
  private let outputFailure = Mutex<Int32?>(nil)

  private init() {}

  /// Writes to standard output, unless an earlier write failed.
  func writeOutput(_ text: String) {
    outputFailure.withLock { failure in
      guard failure == nil else { return }
      if let error = Self.write(text, to: STDOUT_FILENO) { failure = error }
    }
  }

  /// Writes to standard error; a failure is dropped (there is nowhere left to report it).
  func writeError(_ text: String) { _ = Self.write(text, to: STDERR_FILENO) }

  /// Why writing standard output failed, or nil while it has not.
  var failure: OutputFailure? { outputFailure.withLock { $0 }.map(OutputFailure.init) }

  /// Writes all of `text`, retrying short writes and interruptions; the `errno` of a
  /// failure, or nil.
  private static func write(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { bytes -> Int32? in
      var offset = 0
      while offset < bytes.count {
        let written = Foundation.write(
          descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
  }
}
