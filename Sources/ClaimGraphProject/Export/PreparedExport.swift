import ClaimGraph
import ClaimGraphFormats

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
