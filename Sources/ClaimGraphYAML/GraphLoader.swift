import ClaimGraph
import Foundation

/// Loads a knowledge graph from a directory of YAML files.
///
/// Every `*.yaml` and `*.yml` file below the directory is read (in path order, so the
/// result never depends on the file system's enumeration order); each file is parsed on
/// its own, in parallel (libfyaml's YAML 1.2 event parser, see ``YAMLParser``), then the
/// fragments are merged. Every problem is reported with its
/// file, line and column, all of them in one run: syntax errors, wrong types, unknown and
/// duplicate keys, missing fields and duplicate ids across files. Like every reader, it
/// reports only what it read: dangling references are ``GraphIntegrity``'s to find.
///
/// ```swift
/// let loaded = GraphLoader().load(directory: "Graph")
/// for problem in loaded.diagnostics { print(problem) }
/// print(loaded.graph.claims.count)
/// ```
public struct GraphLoader: Sendable {
  /// Safety limits that keep hostile input from exhausting memory or time.
  public struct Limits: Sendable, Hashable {
    /// The largest file read, in bytes.
    ///
    /// A single line or scalar may be as long as this.
    public var maxFileBytes: Int
    /// The deepest nesting of collections accepted, counting block levels (indentation,
    /// `- - x`) and flow levels (`[`, `{`) together; the top-level mapping is level 1.
    ///
    /// Nothing in the loader recurses, so depth cannot overflow a stack; the bound refuses
    /// a hostile file at the first collection too deep (the parser stops there) and keeps
    /// what a graph file may look like sane (the article's graph nests 6 deep).
    public var maxNestingDepth: Int

    /// Creates limits.
    public init(maxFileBytes: Int = 64 << 20, maxNestingDepth: Int = 64) {
      self.maxFileBytes = maxFileBytes
      self.maxNestingDepth = maxNestingDepth
    }
  }

  /// The limits in force.
  public let limits: Limits

  /// Creates a loader.
  public init(limits: Limits = Limits()) { self.limits = limits }

  /// Loads every YAML file below a directory (or a single YAML file).
  ///
  /// Paths in diagnostics start with `path` as given, so a relative path gives
  /// messages relative to the working directory.
  public func load(directory path: String) -> LoadedGraph {
    let (files, problems) = YAMLFiles.list(at: path)
    let fragments = ParallelMap.map(files) { file in
      switch YAMLFiles.read(file, maxBytes: limits.maxFileBytes) {
      case .success(let bytes): parse(bytes, file: file)
      case .failure(let diagnostic): GraphFragment(file: file, diagnostics: [diagnostic])
      }
    }
    let folder = files == [path] ? GraphFolder(holding: path) : GraphFolder(path)
    return merge([GraphFragment(diagnostics: problems)] + fragments, files: files, folder: folder)
  }

  /// Loads a graph from in-memory documents, given as (file name, contents) pairs.
  public func load(documents: [(file: String, text: String)]) -> LoadedGraph {
    load(documents: documents.map { (file: $0.file, bytes: Array($0.text.utf8)) })
  }

  /// Loads a graph from in-memory documents given as raw bytes, which need not be UTF-8:
  /// the loader checks the encoding as it does for files.
  ///
  /// An article's text file is read from disk, relative to the document that names it, and
  /// only from the folder that document's name lies in (or below it).
  public func load(documents: [(file: String, bytes: [UInt8])]) -> LoadedGraph {
    let fragments = documents.map { parse($0.bytes, file: $0.file) }
    return merge(fragments, files: documents.map(\.file), folder: nil)
  }

  // MARK: - One file

  private func parse(_ bytes: [UInt8], file: String) -> GraphFragment {
    var fragment =
      switch Self.parseYAML(bytes, file: file, limits: limits) {
      case .success(let tree): GraphDocument.read(tree, file: file)
      case .failure(let diagnostic): GraphFragment(diagnostics: [diagnostic])
      }
    fragment.file = file
    return fragment
  }

  /// Checks a file's encoding, then parses its YAML: the document's tree, nil for an empty
  /// stream, or the first problem that stops reading (located).
  static func parseYAML(
    _ bytes: [UInt8], file: String, limits: Limits
  ) -> Result<YAMLTree?, Diagnostic> {
    switch TextDecoding.decode(bytes, file: file) {
    case .success(let text): YAMLParser.parse(text, file: file, maxDepth: limits.maxNestingDepth)
    case .failure(let diagnostic): .failure(diagnostic)
    }
  }

  // MARK: - Merging

  /// One article as the merge gathers it: what its `article.yaml` declares, and what the
  /// files in its folder and below add.
  private struct ArticleParts {
    var article: Article
    var location: SourceLocation
    /// The folder the article's files lie in ("" for the working directory).
    var folder: String
    var textFile: (path: String, location: SourceLocation)?
    var unclaimed: [UnclaimedPassage] = []
    var sectionLocations: [String: SourceLocation] = [:]
  }

  /// Merges the files' fragments; paths they name are confined to `folder` (nil: to the
  /// folder of the file that names them).
  ///
  /// Every file with an `article:` key opens an article; the sections, unclaimed passages
  /// and claims of the files in its folder and below belong to it (the deepest article
  /// folder wins). Sources and entities belong to the library, wherever they are.
  private func merge(
    _ fragments: [GraphFragment], files: [String], folder: GraphFolder?
  ) -> LoadedGraph {
    var diagnostics = fragments.flatMap(\.diagnostics)
    var sourceMap = SourceMap()
    var rejectedSuppressions: [LoadedGraph.RejectedSuppression] = []
    var defined: [NodeID: SourceLocation] = [:]
    var claims: [Claim] = []
    var sources: [Source] = []
    var entities: [Entity] = []

    // The articles first, so that every file can be given to its own.
    var articles: [ArticleParts] = []
    var articleIDs: [String: SourceLocation] = [:]
    for fragment in fragments {
      guard let (article, location) = fragment.article else { continue }
      let folder = Self.folder(of: location.file)
      if let first = articleIDs[article.id] {
        diagnostics.append(
          InputRule.duplicateID.diagnostic(
            "duplicate article id '\(article.id)' (first declared at \(first))", at: location))
        continue
      }
      if let other = articles.first(where: { $0.folder == folder }) {
        diagnostics.append(
          InputRule.duplicateID.diagnostic(
            "a second article in the folder of '\(other.article.id)' (declared at "
              + "\(other.location)); give each article a folder of its own", at: location))
        continue
      }
      articleIDs[article.id] = location
      // The article's node id (`article:ID`) is taken: a node declared with it is a duplicate.
      defined[article.nodeID] = location
      articles.append(
        ArticleParts(
          article: article, location: location, folder: folder, textFile: fragment.textFile))
    }
    /// The article whose folder holds a file: the deepest.
    func owner(of file: String) -> Int? {
      let directory = Self.folder(of: file)
      var best: Int?
      for (offset, parts) in articles.enumerated()
      where Self.folder(parts.folder, contains: directory) {
        if best.map({ articles[$0].folder.count < parts.folder.count }) ?? true { best = offset }
      }
      return best
    }
    var unnamedSections: [Section] = []
    var unnamedSectionLocations: [String: SourceLocation] = [:]
    var unnamedUnclaimed: [UnclaimedPassage] = []

    for fragment in fragments {
      let article = fragment.file.flatMap(owner(of:))
      let hasArticleContent =
        !fragment.claims.isEmpty || !fragment.sections.isEmpty || !fragment.unclaimed.isEmpty
      if article == nil, !articles.isEmpty, hasArticleContent, let file = fragment.file {
        diagnostics.append(
          InputRule.invalidValue.diagnostic(
            "this file holds claims, sections or unclaimed passages but lies outside every "
              + "article's folder; move it into the folder of the article it belongs to ("
              + articles.map {
                "'\($0.folder.isEmpty ? "." : $0.folder)/' for "
                  + "'\($0.article.id)'"
              }.joined(separator: ", ") + ")",
            at: SourceLocation(file: file, line: 1, column: 1)))
        continue
      }
      rejectedSuppressions += fragment.rejectedSuppressions
      if let article {
        articles[article].unclaimed += fragment.unclaimed
      } else {
        unnamedUnclaimed += fragment.unclaimed
      }
      for (section, location) in fragment.sections {
        let first =
          article.map { articles[$0].sectionLocations[section.id] }
          ?? unnamedSectionLocations[section.id]
        if let first {
          diagnostics.append(
            InputRule.duplicateID.diagnostic(
              "duplicate section id '\(section.id)' (first defined at \(first))", at: location))
        } else if let article {
          articles[article].sectionLocations[section.id] = location
          articles[article].article.sections.append(section)
        } else {
          unnamedSectionLocations[section.id] = location
          unnamedSections.append(section)
        }
      }
      var fragmentClaims = fragment.claims
      if let article {
        let id = articles[article].article.id
        for offset in fragmentClaims.indices { fragmentClaims[offset].article = id }
      }
      var hasDuplicates = false
      for (id, location) in fragment.definitions {
        if let first = defined.updateValue(location, forKey: id) {
          defined[id] = first
          hasDuplicates = true
          diagnostics.append(
            InputRule.duplicateID.diagnostic(
              "duplicate id '\(id)' (first defined at \(first))", at: location, node: id))
        }
      }
      guard hasDuplicates else {
        // Every node of the fragment is new: take them all, with their locations.
        sourceMap.merge(fragment.sourceMap)
        claims += fragmentClaims
        sources += fragment.sources
        entities += fragment.entities
        continue
      }
      // The fragment's new ids: those whose first definition is this fragment's (only
      // collected when some are not, which is rare).
      var accepted = Set(
        fragment.definitions.lazy.filter { defined[$0.id] == $0.location }.map(\.id))
      sourceMap.merge(fragment.sourceMap) { accepted.contains($0) }
      claims += fragmentClaims.filter { accepted.remove($0.id) != nil }
      sources += fragment.sources.filter { accepted.remove($0.id) != nil }
      entities += fragment.entities.filter { accepted.remove($0.id) != nil }
    }

    /// An article's text, read and checked; nil (with a diagnostic) when it cannot be.
    func text(
      _ file: (path: String, location: SourceLocation)?, unclaimed: [UnclaimedPassage]
    ) -> ArticleText? {
      guard let file else {
        if let first = unclaimed.first {
          diagnostics.append(
            InputRule.invalidValue.diagnostic(
              "unclaimed passages are listed, but the article names no text file (add `text:` "
                + "to the article)",
              at: first.location ?? SourceLocation(file: "", line: 1, column: 1)))
        }
        return nil
      }
      let confinement = folder ?? GraphFolder(holding: file.location.file)
      switch readText(file.path, namedAt: file.location, inside: confinement) {
      case .success(let (path, content)):
        return ArticleText(path: path, text: content, unclaimed: unclaimed)
      case .failure(let problem):
        diagnostics.append(problem)
        return nil
      }
    }
    var texts: [String: ArticleText] = [:]
    for parts in articles {
      texts[parts.article.id] = text(parts.textFile, unclaimed: parts.unclaimed)
    }
    let unnamedText = articles.isEmpty ? text(nil, unclaimed: unnamedUnclaimed) : nil

    let graph: KnowledgeGraph
    do {
      graph =
        articles.isEmpty
        ? try KnowledgeGraph(
          sections: unnamedSections, claims: claims, sources: sources, entities: entities,
          text: unnamedText)
        : try KnowledgeGraph(
          articles: articles.map(\.article), texts: texts, claims: claims, sources: sources,
          entities: entities)
    } catch {
      preconditionFailure("duplicate ids are removed while merging, yet: \(error)")
    }
    // An alias can repeat one problem many times over; each is reported once.
    var seen = Set<Diagnostic>()
    let unique = diagnostics.sorted(by: Diagnostic.canonicalOrder).filter {
      seen.insert($0).inserted
    }
    return LoadedGraph(
      graph: graph, sourceMap: sourceMap, diagnostics: unique, files: files,
      rejectedSuppressions: rejectedSuppressions)
  }

  /// The folder of a file, as its path spells it ("" for a bare file name).
  private static func folder(of file: String) -> String {
    (file as NSString).deletingLastPathComponent
  }

  /// Whether `folder` is `directory` or one of its ancestors, as paths spell them.
  private static func folder(_ folder: String, contains directory: String) -> Bool {
    folder.isEmpty || directory == folder || directory.hasPrefix(folder + "/")
  }

  /// Reads the article's text file, named relative to the file that names it.
  ///
  /// The name must lead to a regular file inside the graph's folder (after symbolic links);
  /// anything else is refused, located where it is named, before a byte is read. The same
  /// limits and encoding checks apply as to graph files. The path in the result is relative
  /// the same way the naming file's is (`Graph/article.txt`).
  private func readText(
    _ name: String, namedAt location: SourceLocation, inside folder: GraphFolder
  ) -> Result<(String, String), Diagnostic> {
    func refused(_ rule: RuleDescriptor, _ reason: String) -> Diagnostic {
      rule.diagnostic("the article's text '\(name)' \(reason)", at: location)
    }
    let path: String
    switch folder.resolve(name, namedIn: location.file) {
    case .success(let resolved): path = resolved
    case .failure(let refusal):
      return .failure(refused(InputRule.unreadableFile, refusal.reason(folder: folder.path)))
    }
    let bytes: [UInt8]
    switch RegularFile.read(path, maxBytes: limits.maxFileBytes) {
    case .success(let read): bytes = read
    case .failure(let refusal):
      let rule =
        if case .tooLarge = refusal { InputRule.limitExceeded } else { InputRule.unreadableFile }
      return .failure(refused(rule, refusal.reason))
    }
    return TextDecoding.decode(bytes, file: path).map { (path, $0) }
  }
}
