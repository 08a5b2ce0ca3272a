import ClaimGraphExport
import Foundation
import Testing

@Suite struct AtomicFileTests {
  private func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimgraph-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.txt").path
    try AtomicFile.write(to: path) { sink in try sink.write("old") }
    struct Boom: Error {}
    #expect(throws: Boom.self) {
      try AtomicFile.write(to: path) { sink in
        try sink.write("half")
        throw Boom()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
  }

  @Test func aBatchChangesNothingWhenOneFileCannotBeStaged() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("a.txt").path
    try AtomicFile.write(to: first) { sink in try sink.write("old") }
    var batch = AtomicFileBatch()
    try batch.stage(first) { sink in try sink.write("new") }
    #expect(throws: FileError.self) {
      try batch.stage(folder.appendingPathComponent("missing/b.txt").path) { sink in
        try sink.write("b")
      }
    }
    try batch.commit()
    #expect(try String(contentsOfFile: first, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
  }
}
