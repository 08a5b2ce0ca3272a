/// Where a folder exporter writes: named files, each streamed as it is produced.
///
/// ``ByteFolder`` keeps the files in memory (for tests and `--check`);
/// ``AtomicDirectory`` writes them into a directory that appears all at once.
public protocol ExportFolder {
  /// What one file is written through.
  associatedtype File: ExportSink

  /// Writes one file of the folder, streaming its content through `body`.
  mutating func writeFile(named name: String, _ body: (inout File) throws -> Void) throws
}
