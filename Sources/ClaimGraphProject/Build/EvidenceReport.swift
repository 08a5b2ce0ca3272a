import ClaimGraph
import ClaimGraphFormats
import Foundation

/// The evidence report of a graph, as `claimgraph report` and `build` write it: linted as
/// `claimgraph lint` lints (the configuration and baseline found beside the graph), with
/// the pictures Graphviz draws.
///
/// A graph of one article gets one page. A library of several gets an index page
/// (`HTMLLibraryIndex`: the articles, where they disagree, the library's pictures) and one
/// page per article beside it, named from the index's file name and the article's id
/// (``pagePath(index:article:in:)``); or, for one article asked for, that article's
/// page alone.
public struct EvidenceReport: Sendable {
  /// One page of the report and where it goes.
  public struct Page: Sendable, Hashable {
    /// The file's path, relative to the working directory unless absolute.
    public let path: String
    /// The self-contained HTML page.
    public let html: String
  }

  /// Every page, the main one (the only page, or the library's index) first.
  public let pages: [Page]
  /// The main page: the only one, or the library's index.
  public var html: String { pages[0].html }
  /// The lint report the pages show (and `build` summarises on standard error).
  public let lint: LintReport
  /// Why the pages have no pictures, when they have none because Graphviz's `dot` is
  /// missing.
  public let picturesNote: String?

  /// What an article page of a library says in place of pictures.
  static let libraryPicturesNote = "The library's pictures are on its index page."

  /// The report of `loaded`, the graph of `project`.
  ///
  /// - Parameters:
  ///   - loaded: the loaded graph; its reader's diagnostics are linted with it.
  ///   - project: the session whose configuration and baseline the lint uses.
  ///   - path: where the main page goes (the pages of a library's articles go beside it);
  ///     ``defaultPath(for:exports:)`` by default.
  ///   - article: in a library of several articles, the one article whose page alone is
  ///     made (at `path`), by its id or words of its title; nil makes them all, with the
  ///     index.
  ///   - environment: where `PATH` is looked up for Graphviz's `dot`; the process's by
  ///     default.
  /// - Throws: ``ProjectError/unresolvedChoice(_:_:)`` when `article` names no one
  ///   article; ``ProjectError`` when the configuration or the baseline it names cannot be
  ///   used.
  public init(
    _ loaded: LoadedGraph, of project: ClaimGraphProject, path: String? = nil,
    article: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(ProjectError) {
    let graph = loaded.graph
    let article = try article.map { name throws(ProjectError) in
      try ClaimGraphProject.article(named: name, in: graph).id
    }
    let lint = try project.lint(loaded)
    self.lint = lint
    let main = path ?? Self.defaultPath(for: graph)
    guard graph.articles.count > 1 else {
      let (pictures, note) = ReportDrawing.draw(
        ReportPicture.planned(for: graph), environment: environment)
      picturesNote = note
      pages = [
        Page(
          path: main,
          html: HTMLReport(graph: graph, lint: lint, pictures: pictures, picturesNote: note)
            .render())
      ]
      return
    }
    if let article {
      let index = path == nil ? Self.defaultPath(for: graph) : nil
      picturesNote = nil
      pages = [
        Page(
          path: path ?? Self.pagePath(index: main, article: article, in: graph),
          html: HTMLReport(
            graph: graph, lint: lint, picturesNote: Self.libraryPicturesNote, article: article,
            indexPage: index.map { ($0 as NSString).lastPathComponent }
          ).render())
      ]
      return
    }
    let (pictures, note) = ReportDrawing.draw(
      ReportPicture.planned(for: graph), environment: environment)
    picturesNote = note
    let indexName = (main as NSString).lastPathComponent
    let articlePages = graph.articles.map { article in
      Page(
        path: Self.pagePath(index: main, article: article.id, in: graph),
        html: HTMLReport(
          graph: graph, lint: lint, picturesNote: Self.libraryPicturesNote, article: article.id,
          indexPage: indexName
        ).render())
    }
    let links = zip(graph.articles, articlePages).map { article, page in
      HTMLLibraryIndex.Page(
        article: article.id, address: (page.path as NSString).lastPathComponent)
    }
    let index = HTMLLibraryIndex(
      graph: graph, lint: lint, pages: links, pictures: pictures, picturesNote: note)
    pages = [Page(path: main, html: index.render())] + articlePages
  }

  /// Writes every page, all or nothing (each to a temporary file first, renamed into place
  /// when all are complete), creating their folder when missing.
  ///
  /// - Throws: ``ProjectError/cannotWrite(_:)`` naming the file and the reason.
  public func write() throws(ProjectError) {
    do {
      var batch = AtomicFileBatch()
      for page in pages {
        let directory = (page.path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
          try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        }
        try batch.stage(page.path) { sink in try sink.write(page.html) }
      }
      try batch.commit()
    } catch {
      throw .cannotWrite("\(error)")
    }
  }

  /// Where `report` writes the page by default, and `build` always:
  /// `EXPORTS/NAME-report.html`, NAME as `build` names exports (for a library, its index).
  public static func defaultPath(for graph: KnowledgeGraph, exports: String = "Exports")
    -> String
  {
    "\(exports)/\(BuildPlan.baseName(for: graph))-report.html"
  }

  /// Where the page of a library's article goes: beside the index, named by the index's
  /// name without `.html`, a dash and the article's id when it is a safe file name (else
  /// `article-` and its position from 1 in the library), then `.html`:
  /// `Exports/graph-report-mood.html`.
  public static func pagePath(index: String, article: String, in graph: KnowledgeGraph)
    -> String
  {
    let stem = index.hasSuffix(".html") ? String(index.dropLast(5)) : index
    let position = graph.articles.firstIndex { $0.id == article } ?? graph.articles.count
    let name = BuildPlan.isSafeFileName(article) ? article : "article-\(position + 1)"
    return "\(stem)-\(name).html"
  }
}
