import ClaimGraphFormats
import ClaimGraphTestSupport
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

  private func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int)
  }

  /// Regression: every write used to leave the file world-readable (0644).
  @Test func anExistingFileKeepsItsPermissions() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("private.txt").path
    try AtomicFile.write("old", to: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    try AtomicFile.write("new", to: path)
    #expect(try permissions(path) == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
  }

  /// Regression: a new file ignored the umask.
  ///
  /// The umask is the process's, so the write
  /// runs in a child `claimgraph` started under `umask 077`.
  @Test func aNewFileHonoursTheUmask() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("graph.dot").path
    let result = try ChildProcess.run(
      "/bin/sh",
      [
        "-c", "umask 077 && exec \"$0\" export --graph \"$1\" --format dot --output \"$2\"",
        BuiltExecutable.path, Fixture.path("loader/valid"), path,
      ])
    #expect(result.status == 0)
    #expect(try permissions(path) == 0o600)
  }
}
