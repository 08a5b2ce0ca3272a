/// Which edges touch each node in one direction, as one flat list (compressed rows).
///
/// Nodes are numbered `0..<nodeCount`; the edges of node `n` are
/// `edgeIndices[starts[n]..<starts[n + 1]]`, in increasing edge order. Two flat arrays
/// replace a dictionary of small arrays, and building them hashes nothing.
struct Adjacency: Sendable {
  private let starts: [Int32]
  private let edgeIndices: [Int32]

  /// Groups edges by the node at one of their ends (`nodes[e]` for edge `e`).
  init(nodeCount: Int, nodes: [Int32]) {
    var starts = [Int32](repeating: 0, count: nodeCount + 1)
    for node in nodes { starts[Int(node) + 1] += 1 }
    for index in 0..<nodeCount { starts[index + 1] += starts[index] }
    var next = starts
    var edgeIndices = [Int32](repeating: 0, count: nodes.count)
    for (edge, node) in nodes.enumerated() {
      edgeIndices[Int(next[Int(node)])] = Int32(edge)
      next[Int(node)] += 1
    }
    self.starts = starts
    self.edgeIndices = edgeIndices
  }

  /// The indices of the edges at a node, in increasing order.
  func edges(of node: Int) -> ArraySlice<Int32> {
    edgeIndices[Int(starts[node])..<Int(starts[node + 1])]
  }
}
