import Foundation

/// Reading a file that untrusted input names: only a regular file is read, and nothing
/// blocks.
///
/// The file is opened without blocking (`O_NONBLOCK`, so a FIFO with no writer opens at
/// once instead of waiting forever) and its type is checked on the open descriptor
/// (`fstat`), so a file swapped for a FIFO, a device or a folder between a check and the
/// read is refused all the same: a graph folder, a configuration or a baseline in a pull
/// request can never make a read hang or read a device.
package enum RegularFile {
  /// Why a file was not read, in words an author can act on.
  package enum Refusal: Error, Equatable, Sendable {
    /// Nothing exists at the path.
    case missing
    /// The path is a folder.
    case folder
    /// The path is a FIFO, socket or device.
    case special
    /// The file is larger than the limit, in bytes.
    case tooLarge(Int)
    /// The system refused to open or read it.
    case unreadable(String)

    /// The reason, as a message's clause ("does not exist", "is a folder, not a file").
    package var reason: String {
      switch self {
      case .missing: "does not exist"
      case .folder: "is a folder, not a file"
      case .special: "is not a regular file (a FIFO, socket or device), so it is not read"
      case .tooLarge(let limit): "is larger than the limit of \(limit) bytes"
      case .unreadable(let why): "cannot be read: \(why)"
      }
    }
  }

  /// The bytes of the regular file at `path`, at most `maxBytes` of them.
  package static func read(_ path: String, maxBytes: Int) -> Result<[UInt8], Refusal> {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      return .failure(code == ENOENT || code == ENOTDIR ? .missing : .unreadable(describe(code)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(describe(errno))) }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: return .failure(.folder)
    default: return .failure(.special)
    }
    let size = Int(status.st_size)
    guard size <= maxBytes else { return .failure(.tooLarge(maxBytes)) }
    // Read until the end, whatever `st_size` said (a file may grow while it is read), but
    // never past the limit.
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var count = 0
    while true {
      if count == bytes.count {
        guard count <= maxBytes else { return .failure(.tooLarge(maxBytes)) }
        bytes += [UInt8](repeating: 0, count: Swift.min(max(count, 4096), maxBytes + 1 - count))
      }
      let read = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if read < 0 && errno == EINTR { continue }
      guard read >= 0 else { return .failure(.unreadable(describe(errno))) }
      if read == 0 { break }
      count += read
    }
    guard count <= maxBytes else { return .failure(.tooLarge(maxBytes)) }
    bytes.removeLast(bytes.count - count)
    return .success(bytes)
  }

  /// The system's words for an error number.
  private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
