import ClaimGraph
import Foundation

/// The baseline file: ``Baseline``'s `Codable` model, written through ``JSONValueEncoder``
/// and the tool's one JSON writer and read back through the same model.
extension Baseline {
  /// The file's text: deterministic, pretty-printed JSON (reviewable in diffs), ending in
  /// a newline.
  public func fileText() throws -> String {
    try JSONValueEncoder().encode(self).serialized() + "\n"
  }

  /// A baseline read from a file's bytes; `file` names it in the `origin` (for pointing
  /// at stale entries).
  ///
  /// - Throws: `DecodingError` when the bytes are not JSON of the baseline's shape; the
  ///   version is not checked here (`version` says what the file holds).
  public init(fileBytes: [UInt8], file: String) throws {
    self = try JSONDecoder().decode(Baseline.self, from: Data(fileBytes))
    origin = Origin(file: file, text: String(decoding: fileBytes, as: UTF8.self))
  }
}
