import ClaimGraph
import ClaimGraphYAML
import FuzzSupport

// Any bytes, as one graph file, must load without crashing or hanging, and every problem
// must come back as a diagnostic with a valid location.
runFuzzer { bytes in
  let loaded = GraphLoader().load(documents: [(file: "fuzz.yaml", bytes: bytes)])
  for diagnostic in loaded.diagnostics where (diagnostic.location?.line ?? 1) < 1 {
    fatalError("a diagnostic without a valid line: \(diagnostic)")
  }
}
