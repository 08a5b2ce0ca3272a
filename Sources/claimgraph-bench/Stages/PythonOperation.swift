/// A NetworkX or python-igraph operation that `Benchmarks/compare_python.py` times.
enum PythonOperation: String, CaseIterable, Sendable {
  case networkXWriteGraphML = "nx-write-graphml"
  case networkXWriteGEXF = "nx-write-gexf"
  case networkXReadGraphML = "nx-read-graphml"
  case igraphWriteGraphML = "ig-write-graphml"
  case igraphReadGraphML = "ig-read-graphml"

  /// The name in the report.
  var title: String {
    switch self {
    case .networkXWriteGraphML: "NetworkX write_graphml"
    case .networkXWriteGEXF: "NetworkX write_gexf"
    case .networkXReadGraphML: "NetworkX read_graphml"
    case .igraphWriteGraphML: "igraph write_graphml"
    case .igraphReadGraphML: "igraph Read_GraphML"
    }
  }

  /// Whether the operation is NetworkX's (else igraph's).
  var isNetworkX: Bool { rawValue.hasPrefix("nx-") }
}
