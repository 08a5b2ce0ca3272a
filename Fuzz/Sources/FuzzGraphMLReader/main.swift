import ClaimGraph
import ClaimGraphFormats
import FuzzSupport

// Any bytes, as a GraphML file, must load without crashing or hanging, every problem must
// come back as a located diagnostic, and whatever loads without errors must survive
// export → read → export byte for byte.
runFuzzer { bytes in
  let loaded = GraphMLReader().load(bytes: bytes, file: "fuzz.graphml")
  for diagnostic in loaded.diagnostics where (diagnostic.location?.line ?? 1) < 1 {
    fatalError("a diagnostic without a valid line: \(diagnostic)")
  }
  guard !loaded.hasErrors else { return }
  do {
    let first = try GraphMLExporter().bytes(of: GraphSelection(loaded.graph))
    let again = GraphMLReader().load(bytes: first, file: "again.graphml")
    let second = try GraphMLExporter().bytes(of: GraphSelection(again.graph))
    guard first == second, !again.hasErrors else {
      fatalError(
        "export → read → export differs:\n\(String(decoding: first, as: UTF8.self))\n---\n"
          + "\(String(decoding: second, as: UTF8.self))\n\(again.diagnostics)")
    }
  } catch {
    fatalError("exporting a loaded graph failed: \(error)")
  }
}
