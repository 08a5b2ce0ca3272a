import ClaimGraph
import Foundation

/// Reading a GraphML or JSON file from disk, with the loaders' error conventions.
enum InterchangeFile {
  /// The file opened for reading and its size, or an `unreadable-file` or `limit-exceeded`
  /// diagnostic; the caller closes the descriptor.
  static func open(_ path: String, maxBytes: Int) -> Result<
    (descriptor: Int32, size: Int), Diagnostic
  > {
    let here = SourceLocation(file: path, line: 1, column: 1)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else {
      return .failure(InputRule.unreadableFile.diagnostic("no such file: \(path)", at: here))
    }
    let descriptor = Foundation.open(path, O_RDONLY)
    guard descriptor >= 0 else {
      return .failure(InputRule.unreadableFile.diagnostic("cannot open \(path)", at: here))
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      close(descriptor)
      return .failure(InputRule.unreadableFile.diagnostic("cannot read \(path)", at: here))
    }
    let size = Int(status.st_size)
    guard size <= maxBytes else {
      close(descriptor)
      return .failure(
        InputRule.limitExceeded.diagnostic("\(path) is larger than \(maxBytes) bytes", at: here))
    }
    return .success((descriptor, size))
  }

  /// The file's bytes, or an `unreadable-file` or `limit-exceeded` diagnostic.
  static func read(_ path: String, maxBytes: Int) -> Result<[UInt8], Diagnostic> {
    let here = SourceLocation(file: path, line: 1, column: 1)
    let descriptor: Int32
    let size: Int
    switch open(path, maxBytes: maxBytes) {
    case .failure(let diagnostic): return .failure(diagnostic)
    case .success(let opened): (descriptor, size) = opened
    }
    defer { close(descriptor) }
    // Read straight into the array: one copy of the file in memory, however large.
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
        if read < 0 && errno == EINTR { continue }
        guard read > 0 else {
          if read < 0 { failure = errno }
          break
        }
        count += read
      }
    }
    guard failure == 0 else {
      return .failure(
        InputRule.unreadableFile.diagnostic(
          "cannot read \(path): \(String(cString: strerror(failure)))", at: here))
    }
    return .success(bytes)
  }

  /// A loaded graph that holds nothing but the diagnostic that stopped the read.
  static func failed(_ diagnostic: Diagnostic, file: String) -> LoadedGraph {
    var decoder = GraphRecordDecoder(file: file, diagnostics: [diagnostic])
    return decoder.decode(nodes: [], graph: [:], edges: [])
  }
}
