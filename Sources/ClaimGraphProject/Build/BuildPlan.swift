import ClaimGraph
import ClaimGraphFormats
import Foundation

/// What `claimgraph build` writes, and `build --check` compares: every export of a graph,
/// its summary tables, the Mermaid page, the saved SPARQL and Cypher queries, the evidence
/// report, the authoring format's JSON Schema and the Graphviz pictures, with their paths.
///
/// ```swift
/// let project = ClaimGraphProject(graph: "Graph")
/// let plan = try project.buildPlan()        // exactly what `claimgraph build` plans
/// print(try plan.check().stale)             // [] when Exports/ is up to date
/// try plan.write()                          // all files or none
/// ```
///
/// The pictures are the one part rendered at the edge: Graphviz runs when the plan is
/// written or checked, not when it is made.
public struct BuildPlan: Sendable {
  /// One file of the build: where it goes, and what goes in it.
  public struct Artifact: Sendable {
    /// What a file holds.
    public enum Content: Sendable {
      /// A graph export of a selection.
      case export(ExportFormat, GraphSelection)
      /// A Markdown page GitHub renders, wrapping the Mermaid diagram of a selection under
      /// a title (`MermaidMarkdownExporter`).
      case mermaidPage(GraphSelection, title: String)
      /// A text written as UTF-8.
      case text(String)
    }

    /// The file's path, relative to the working directory unless absolute.
    public let path: String
    /// Its content, produced when written.
    public let content: Content

    /// An artifact that writes `content` to `path` (relative to the working directory
    /// unless absolute).
    public init(path: String, content: Content) {
      self.path = path
      self.content = content
    }

    /// Streams the content to a sink.
    public func write(_ sink: inout some ExportSink) throws {
      switch content {
      case .export(let format, let selection): try format.exporter.export(selection, to: &sink)
      case .mermaidPage(let selection, let title):
        try MermaidMarkdownExporter(title: title).export(selection, to: &sink)
      case .text(let text): try sink.write(text)
      }
    }

    /// The content's bytes, exactly as ``write(_:)`` streams them.
    public func bytes() throws -> [UInt8] {
      var sink = MemorySink()
      try write(&sink)
      return sink.bytes
    }
  }

  /// What ``check()`` found.
  public struct Check: Sendable, Equatable {
    /// The files that are missing or differ, each with ` (missing)` when absent.
    public let stale: [String]
    /// How many files were compared: every artifact, and the pictures the installed
    /// Graphviz version rendered.
    public let compared: Int
    /// Notes for standard error, such as pictures rendered by another Graphviz version.
    public let notes: [String]
  }

  /// The directory the files go to.
  public let directory: String
  /// Every file but the pictures, in the order they are written.
  public let artifacts: [Artifact]
  /// The lint report the evidence report shows, when the plan has the report.
  public let lint: LintReport?
  /// Notes for standard error about what the build leaves out: the report's pictures or
  /// the Graphviz pictures, when Graphviz is missing.
  public let notes: [String]
  /// The Graphviz pictures, rendered when written or checked.
  let pictures: BuildPictures

  /// The plan for a graph: NAME.graphml, .gexf, .dot, .json, .mmd and .nt (NAME being the
  /// article's id, or `graph`), NAME-tables.md and .html grouped by section,
  /// `queries/*.rq` and `*.cypher`, NAME-report.html when a report is given, NAME-mermaid.md,
  /// the authors' JSON Schema (``AuthoringSchema``) and `pictures/NAME-*.svg` (rendered only
  /// with `graphviz`).
  ///
  /// NAME.mmd is the entity map (without entities related to none) when the whole graph
  /// has more links than Mermaid renders; NAME-mermaid.md then wraps the entity map,
  /// listing apart the entities it leaves out.
  ///
  /// - Parameters:
  ///   - graph: the graph the files are made from.
  ///   - directory: where the files go; `Exports` as `build` writes by default.
  ///   - report: the evidence report; ``ClaimGraphProject/buildPlan(_:directory:environment:)``
  ///     makes it as `build` does. Nil leaves the page out. A library's report is its
  ///     index page and one page per article (``EvidenceReport/pagePath(index:article:in:)``).
  ///   - graphviz: the `dot` that renders the pictures; nil plans them but renders none
  ///     (with a note).
  public init(
    graph: KnowledgeGraph, directory: String = "Exports", report: EvidenceReport? = nil,
    graphviz: Graphviz? = nil
  ) {
    let name = Self.baseName(for: graph)
    let whole = GraphSelection(graph)
    let fits = !MermaidExporter.exceedsRenderingLimits(whole)
    let mermaidPage = fits ? whole : whole.restricted(toKinds: Set(NodeKind.entityKinds))
    let mermaidSelection = fits ? whole : mermaidPage.withoutIsolatedNodes()
    let tables = SummaryTables(graph, by: .section)
    let renderers: [(any SummaryTablesRenderer, String)] = [
      (MarkdownTablesRenderer(), "md"), (HTMLTablesRenderer(), "html"),
    ]
    let pageTitle = (graph.article?.title ?? "Graph") + (fits ? "" : ": entity map")
    // Of the two RDF syntaxes only N-Triples is committed: one statement per line, so a
    // change to the graph shows as exactly the statements it changed, and it is what
    // triple stores bulk-load fastest. Turtle says the same; `export --format turtle`.
    let exports = ExportFormat.allCases.filter { $0 != .turtle }.map { format in
      Artifact(
        path: "\(directory)/\(name).\(format.fileExtension)",
        content: .export(format, format == .mermaid ? mermaidSelection : whole))
    }
    let tableFiles = renderers.map { renderer, suffix in
      Artifact(
        path: "\(directory)/\(name)-tables.\(suffix)", content: .text(renderer.render(tables)))
    }
    let queries = SavedQuery.allCases.flatMap { query in
      [
        Artifact(path: "\(directory)/queries/\(query.name).rq", content: .text(query.sparql)),
        Artifact(path: "\(directory)/queries/\(query.name).cypher", content: .text(query.cypher)),
      ]
    }
    // The report's pages as made, moved into `directory` (their names are the same).
    let reportFiles = (report?.pages ?? []).map { page in
      Artifact(
        path: "\(directory)/\((page.path as NSString).lastPathComponent)", content: .text(page.html)
      )
    }
    let page = Artifact(
      path: "\(directory)/\(name)-mermaid.md", content: .mermaidPage(mermaidPage, title: pageTitle))
    let schema = Artifact(
      path: "\(directory)/\(AuthoringSchema.fileName)", content: .text(AuthoringSchema.text))
    self.directory = directory
    self.artifacts =
      exports + tableFiles + queries + reportFiles + [page, schema]
    self.lint = report?.lint
    self.pictures = BuildPictures(
      graph: graph, name: name, exports: directory, graphviz: graphviz)
    self.notes = [report?.picturesNote.map { "warning: \($0)" }, pictures.note].compactMap { $0 }
  }

  /// The paths the Graphviz pictures go to (written only where Graphviz is installed).
  public var picturePaths: [String] { pictures.planned.map(\.path) }

  /// Compares every file with what the plan writes; nothing is written.
  ///
  /// Pictures are compared only where Graphviz is installed, and only those the installed
  /// version rendered (another version lays the same graph out differently).
  ///
  /// - Throws: ``ProjectError/cannotWrite(_:)`` with the `ExportSink` or `GraphvizError`'s
  ///   message when a file cannot be produced.
  public func check() throws(ProjectError) -> Check {
    do {
      return try compare()
    } catch {
      throw .cannotWrite("\(error)")
    }
  }

  private func compare() throws -> Check {
    var stale = try artifacts.compactMap { artifact -> String? in
      let actual = FileManager.default.contents(atPath: artifact.path).map { [UInt8]($0) }
      guard actual != (try artifact.bytes()) else { return nil }
      return artifact.path + (actual == nil ? " (missing)" : "")
    }
    let pictures = try pictures.check()
    stale += pictures.stale
    let interrupted =
      RenameJournal.hasInterrupted(in: directory)
      ? "note: a build of \(directory) was killed while renaming its files; the next build "
        + "completes it" : nil
    return Check(
      stale: stale, compared: artifacts.count + pictures.compared,
      notes: [pictures.note, interrupted].compactMap { $0 })
  }

  /// Writes every file, all or nothing, and returns their paths in the order written.
  ///
  /// The pictures are rendered first (where Graphviz is installed); then each file is
  /// staged, and only when all are complete are they renamed into place. On failure
  /// nothing changes, not even the `queries` or `pictures` folder, if this call made it.
  /// A build killed while renaming leaves a `RenameJournal`: the next write (or
  /// ``completeInterruptedBuild(in:)``, which `claimgraph build` runs before loading the
  /// graph) finishes its renames first, so the folder holds one build's files, whole.
  ///
  /// Files are written only into real folders: the directory itself may be a symbolic
  /// link, but a `queries` or `pictures` folder inside it that is one is refused (its
  /// target is left alone), as is a directory that is a file.
  ///
  /// - Throws: ``ProjectError/cannotWrite(_:)`` with the message of the `FileError` (naming
  ///   the path and the reason), the `ExportSink` error or the `GraphvizError`.
  @discardableResult
  public func write() throws(ProjectError) -> [String] {
    do {
      return try write(stoppingAfterRenames: nil)
    } catch {
      throw .cannotWrite("\(error)")
    }
  }

  /// ``write()``, or, with `renames`, stopped after that many renames exactly as a
  /// `SIGKILL` would stop it (``AtomicFileBatch/commit(journalIn:stoppingAfter:)``); only
  /// tests pass it.
  @discardableResult
  package func write(stoppingAfterRenames renames: Int?) throws -> [String] {
    try Self.completeInterruptedBuild(in: directory)
    let queries = directory + "/queries"
    var createdQueries = false
    var createdPictures = false
    do {
      let rendered = try pictures.render()
      _ = try Self.makeFolder(directory, linkAllowed: true)
      createdQueries = try Self.makeFolder(queries, linkAllowed: false)
      if !rendered.isEmpty {
        createdPictures = try Self.makeFolder(pictures.folder, linkAllowed: false)
      }
      var batch = AtomicFileBatch()
      for artifact in artifacts {
        try batch.stage(artifact.path) { sink in try artifact.write(&sink) }
      }
      for (path, svg) in rendered {
        try batch.stage(path) { sink in try sink.write(svg) }
      }
      try batch.commit(journalIn: directory, stoppingAfter: renames)
      return artifacts.map(\.path) + rendered.map(\.path)
    } catch {
      if createdQueries { rmdir(queries) }
      if createdPictures { rmdir(pictures.folder) }
      throw error
    }
  }

  /// Finishes the renames of a build of `directory` that was killed part-way (see
  /// `RenameJournal`); returns the files renamed into place, none when no build was
  /// interrupted.
  ///
  /// - Throws: ``ProjectError/cannotWrite(_:)`` with the `FileError`'s message when a
  ///   journal there is not one ClaimGraph wrote, or a rename fails.
  @discardableResult
  public static func completeInterruptedBuild(in directory: String) throws(ProjectError)
    -> [String]
  {
    do {
      return try RenameJournal.complete(in: directory)
    } catch {
      throw .cannotWrite("\(error)")
    }
  }

  /// ``completeInterruptedBuild(in:)`` taking the journals of the processes `isRunning`
  /// denies as interrupted; for tests, whose own process is alive.
  @discardableResult
  package static func completeInterruptedBuild(
    in directory: String, isRunning: (Int32) -> Bool
  ) throws -> [String] {
    try RenameJournal.complete(in: directory, isRunning: isRunning)
  }

  /// Makes sure `path` is a folder, creating it (and its parents) when missing; whether
  /// this call created it.
  ///
  /// - Parameter linkAllowed: whether a symbolic link to a folder will do.
  static func makeFolder(_ path: String, linkAllowed: Bool) throws -> Bool {
    var status = stat()
    if lstat(path, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFDIR: return false
      case S_IFLNK where linkAllowed:
        guard stat(path, &status) != 0 || status.st_mode & S_IFMT != S_IFDIR else { return false }
        throw FileError(path: path, reason: "it is a symbolic link to something not a folder")
      case S_IFLNK:
        throw FileError(
          path: path,
          reason: "it is a symbolic link; exports are written only into real folders "
            + "(remove the link)")
      default:
        throw FileError(
          path: path, reason: "it is a file, not a folder; remove it or write elsewhere")
      }
    }
    if mkdir(path, 0o777) == 0 { return true }
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
    if errno == ENOENT, parent != path {
      _ = try makeFolder(parent, linkAllowed: true)
      if mkdir(path, 0o777) == 0 { return true }
    }
    guard errno == EEXIST else {
      throw FileError(path: path, reason: String(cString: strerror(errno)))
    }
    return try makeFolder(path, linkAllowed: linkAllowed)
  }

  /// The exports' file name: the article's id when it is a safe file name, else `graph`.
  public static func baseName(for graph: KnowledgeGraph) -> String {
    guard let id = graph.article?.id, isSafeFileName(id) else { return "graph" }
    return id
  }

  /// Whether an id is safe as (part of) a file name: ASCII letters, digits, `-`, `_` and
  /// `.`, not empty and not starting with a dot.
  public static func isSafeFileName(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix(".")
      && id.utf8.allSatisfy { byte in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      }
  }
}
