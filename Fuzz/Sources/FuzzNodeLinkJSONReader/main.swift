import ClaimGraph
import ClaimGraphFormats
import FuzzSupport

// Any bytes, as a node-link JSON file, must load without crashing or hanging, every problem
// must come back as a located diagnostic, and whatever loads without errors must survive
// export → read → export byte for byte.
runFuzzer { bytes in
  let loaded = NodeLinkJSONReader().load(bytes: bytes, file: "fuzz.json")
  for diagnostic in loaded.diagnostics where (diagnostic.location?.line ?? 1) < 1 {
    fatalError("a diagnostic without a valid line: \(diagnostic)")
  }
  guard !loaded.hasErrors else { return }
  do {
    let first = try NodeLinkJSONExporter().bytes(of: GraphSelection(loaded.graph))
    let again = NodeLinkJSONReader().load(bytes: first, file: "again.json")
    let second = try NodeLinkJSONExporter().bytes(of: GraphSelection(again.graph))
    guard first == second, !again.hasErrors else {
      fatalError(
        "export → read → export differs:\n\(String(decoding: first, as: UTF8.self))\n---\n"
          + "\(String(decoding: second, as: UTF8.self))\n\(again.diagnostics)")
    }
  } catch {
    fatalError("exporting a loaded graph failed: \(error)")
  }
}
