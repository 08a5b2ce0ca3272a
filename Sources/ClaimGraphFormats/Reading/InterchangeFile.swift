import ClaimGraph
import Foundation

/// Reading a GraphML or JSON file from disk, with the loaders' error conventions.
enum InterchangeFile {
  /// The file's bytes, or an `unreadable-file` diagnostic.
  static func read(_ path: String, maxBytes: Int) -> Result<[UInt8], Diagnostic> {
    let here = SourceLocation(file: path, line: 1, column: 1)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else {
      return .failure(InputRule.unreadableFile.diagnostic("no such file: \(path)", at: here))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(InputRule.unreadableFile.diagnostic("cannot open \(path)", at: here))
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
      guard data.count <= maxBytes else {
        return .failure(
          InputRule.limitExceeded.diagnostic("\(path) is larger than \(maxBytes) bytes", at: here))
      }
      return .success([UInt8](data))
    } catch {
      return .failure(
        InputRule.unreadableFile.diagnostic("cannot read \(path): \(error)", at: here))
    }
  }

  /// A loaded graph that holds nothing but the diagnostic that stopped the read.
  static func failed(_ diagnostic: Diagnostic, file: String) -> LoadedGraph {
    var decoder = GraphRecordDecoder(file: file, diagnostics: [diagnostic])
    return decoder.decode(nodes: [], graph: [:], edges: [])
  }
}
