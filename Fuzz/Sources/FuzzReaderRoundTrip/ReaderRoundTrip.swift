import ClaimGraph
import ClaimGraphFormats

/// What every reader's fuzz target checks of one input: it loads without crashing or
/// hanging, every problem comes back as a located diagnostic, and whatever loads without
/// errors survives export → read → export byte for byte.
public func checkRoundTrip(
  _ bytes: [UInt8], reader: some InterchangeReader, exporter: some GraphExporter,
  file: String
) {
  let loaded = reader.load(bytes: bytes, file: file)
  for diagnostic in loaded.diagnostics where (diagnostic.location?.line ?? 1) < 1 {
    fatalError("a diagnostic without a valid line: \(diagnostic)")
  }
  guard !loaded.hasErrors else { return }
  do {
    let first = try exporter.bytes(of: GraphSelection(loaded.graph))
    let again = reader.load(bytes: first, file: "again-" + file)
    let second = try exporter.bytes(of: GraphSelection(again.graph))
    guard first == second, !again.hasErrors else {
      fatalError(
        "export → read → export differs:\n\(String(decoding: first, as: UTF8.self))\n---\n"
          + "\(String(decoding: second, as: UTF8.self))\n\(again.diagnostics)")
    }
  } catch {
    fatalError("exporting a loaded graph failed: \(error)")
  }
}
