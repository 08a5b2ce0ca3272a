import ClaimGraph
import ClaimGraphFormats

/// What `claimgraph export` writes.
extension ClaimGraphProject {
  /// The export `request` asks for, of `graph`, ready to write to `path` (nil: standard
  /// output); a Mermaid export to a `.md` file is a Markdown page.
  ///
  /// - Throws: ``ProjectError`` when the selection's query or `around` name is wrong.
  public static func export(
    _ request: ExportRequest, of graph: KnowledgeGraph, to path: String? = nil
  ) throws(ProjectError) -> PreparedExport {
    try PreparedExport(request, of: graph, path: path)
  }

  /// ``export(_:of:to:)`` over this session's graph.
  ///
  /// - Throws: ``ProjectError`` when the graph cannot be loaded, or as the static form.
  public func export(_ request: ExportRequest, to path: String? = nil) throws(ProjectError)
    -> PreparedExport
  {
    try Self.export(request, of: load().graph, to: path)
  }
}
