import ClaimGraph
import ClaimGraphFormats

/// A format `claimgraph export` writes: one file, or a folder of files.
public enum ExportTarget: Sendable, Hashable {
  /// A format written as one file (or to standard output).
  case file(ExportFormat)
  /// A format written as a folder of files.
  case folder(FolderExportFormat)

  /// The format named `name` (`graphml`, …, `neo4j-csv`), or nil.
  public init?(name: String) {
    if let format = ExportFormat(rawValue: name) {
      self = .file(format)
    } else if let format = FolderExportFormat(rawValue: name) {
      self = .folder(format)
    } else {
      return nil
    }
  }

  /// Every format's name, files first.
  public static var names: [String] {
    ExportFormat.allCases.map(\.rawValue) + FolderExportFormat.allCases.map(\.rawValue)
  }
}

/// The part of the graph an export writes: the claims a ``ClaimFilter`` keeps and what they
/// touch, then the neighbourhood of one node, then some kinds of node.
public struct ExportSelection: Sendable, Hashable {
  /// The claims kept, and with them what they touch.
  public var claims: ClaimFilter
  /// The kinds of node kept (and the edges between them); nil keeps every kind.
  public var kinds: Set<NodeKind>?
  /// The node whose neighbourhood is kept (an id, an entity's name or alias, a source's
  /// label or author and year); nil keeps the whole graph.
  public var around: String?
  /// How many links from ``around`` the neighbourhood reaches.
  public var depth: Int

  /// Creates a selection; the default is the whole graph.
  public init(
    claims: ClaimFilter = .init(), kinds: Set<NodeKind>? = nil, around: String? = nil,
    depth: Int = 1
  ) {
    self.claims = claims
    self.kinds = kinds
    self.around = around
    self.depth = depth
  }

  /// The selection of `graph` these choices make.
  ///
  /// - Throws: ``ProjectError/invalidQuery(_:expression:)`` for a malformed query,
  ///   ``ProjectError/unresolvedChoice(_:_:)`` (``ProjectChoice/around``) when `around`
  ///   means no node or several.
  public func apply(to graph: KnowledgeGraph) throws(ProjectError) -> GraphSelection {
    var selection = GraphSelection(graph)
    if let ids = try claims.claimIDs(in: graph) {
      selection = selection.restricted(toClaims: ids)
    }
    if let around {
      selection = selection.around(try Self.node(around, in: graph), depth: depth)
    }
    if let kinds { selection = selection.restricted(toKinds: kinds) }
    return selection
  }

  /// The one node a name means: nothing by that name (with the closest name) and several
  /// things are errors.
  private static func node(_ text: String, in graph: KnowledgeGraph) throws(ProjectError)
    -> NodeID
  {
    let lookup = NodeLookup(graph: graph)
    let scope = NodeLookup.Scope(kinds: Set(NodeKind.allCases))
    let resolution = lookup.resolve(text, in: scope)
    if resolution.nodeIDs.count == 1 { return resolution.nodeIDs[0] }
    throw .unresolvedChoice(
      .around, ClaimGraphProject.unresolved(text, resolution, lookup: lookup, scope: scope))
  }
}

/// What `claimgraph export` writes, and how.
public struct ExportRequest: Sendable, Hashable {
  /// The format.
  public var target: ExportTarget
  /// The part of the graph written.
  public var selection: ExportSelection
  /// Whether DOT and Mermaid draw their legend.
  public var showsLegend: Bool
  /// The RDF formats' base IRI and language.
  public var rdf: RDFOptions
  /// The Neo4j CSV folder's headers.
  public var headerStyle: Neo4jCSVExporter.HeaderStyle

  /// Creates a request: the whole graph, with a legend, the default RDF options and
  /// neo4j-admin's headers.
  public init(
    _ target: ExportTarget, selection: ExportSelection = .init(), showsLegend: Bool = true,
    rdf: RDFOptions = .standard, headerStyle: Neo4jCSVExporter.HeaderStyle = .neo4j
  ) {
    self.target = target
    self.selection = selection
    self.showsLegend = showsLegend
    self.rdf = rdf
    self.headerStyle = headerStyle
  }
}

/// Something an export wants its reader to know, though it writes everything asked.
public enum ExportWarning: Sendable, Hashable {
  /// A Mermaid export has more links than Mermaid (and GitHub) render; a narrower
  /// selection (fewer kinds, strengths or a neighbourhood) draws.
  case tooManyMermaidLinks(count: Int, limit: Int)
}

/// An export ready to write: the selection made, the exporter chosen, and its warnings.
public struct PreparedExport: Sendable {
  /// What is written.
  public let selection: GraphSelection
  /// What the reader should know before it is written.
  public let warnings: [ExportWarning]
  private let writer: Writer

  private enum Writer: Sendable {
    case file(any GraphExporter)
    case folder(any GraphFolderExporter)
  }

  init(_ request: ExportRequest, of graph: KnowledgeGraph, path: String?) throws(ProjectError) {
    selection = try request.selection.apply(to: graph)
    switch request.target {
    case .folder(let format):
      writer = .folder(format.exporter(headerStyle: request.headerStyle))
      warnings = []
    case .file(let format):
      var exporter = format.exporter(rdf: request.rdf)
      switch format {
      case .dot where !request.showsLegend: exporter = DOTExporter(showsLegend: false)
      case .mermaid:
        let mermaid = MermaidExporter(showsLegend: request.showsLegend)
        exporter = mermaid
        if let path, path.lowercased().hasSuffix(".md") {
          exporter = MermaidMarkdownExporter(mermaid: mermaid)
        }
      default: break
      }
      writer = .file(exporter)
      warnings =
        format == .mermaid && MermaidExporter.exceedsRenderingLimits(selection)
        ? [.tooManyMermaidLinks(count: selection.edges.count, limit: MermaidExporter.maxLinks)]
        : []
    }
  }

  /// Whether the format writes a folder of files rather than one stream.
  public var writesFolder: Bool { if case .folder = writer { true } else { false } }

  /// Writes a one-file format to a sink (standard output); a folder format writes nothing.
  public func write(to sink: inout some ExportSink) throws {
    guard case .file(let exporter) = writer else { return }
    try exporter.export(selection, to: &sink)
  }

  /// Writes the export to `path` atomically: a file, or for a folder format the folder
  /// (replacing one only if it holds nothing but such an export).
  ///
  /// - Throws: ``ProjectError/cannotWrite(_:)`` naming the path and the reason.
  public func write(to path: String) throws(ProjectError) {
    do {
      switch writer {
      case .file(let exporter):
        try AtomicFile.write(to: path) { sink in try exporter.export(selection, to: &sink) }
      case .folder(let exporter):
        try AtomicDirectory.write(to: path, replacing: exporter.fileNames) { folder in
          try exporter.export(selection, to: &folder)
        }
      }
    } catch {
      throw .cannotWrite("\(error)")
    }
  }
}

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
