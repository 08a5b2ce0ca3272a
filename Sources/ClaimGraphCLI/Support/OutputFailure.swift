import Foundation

/// Standard output could not be written: the reader went away, or the device failed.
public struct OutputFailure: Error, Equatable, Sendable, CustomStringConvertible {
  /// The system's error number.
  public let code: Int32

  /// A failure with the system's error number `code` (`EPIPE`, `ENOSPC`, …).
  public init(code: Int32) { self.code = code }

  /// Whether the reader closed its end (`claimgraph export | head`): not an error worth
  /// a message.
  public var isBrokenPipe: Bool { code == EPIPE }

  /// `cannot write standard output: REASON`.
  public var description: String {
    "cannot write standard output: \(String(cString: strerror(code)))"
  }
}
