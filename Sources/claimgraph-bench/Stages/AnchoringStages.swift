import ClaimGraph
import ClaimGraphYAML
import Foundation

/// Anchoring: the stages on a long article whose claims quote it (``SyntheticArticle``, as
/// many quoted sentences as the size has claims), with their floors.
enum AnchoringStages {
  static let all = [anchor, textScan, loadLint, unquotedLoadLint, yamlEvents]

  /// Every quote of the article located in its text: the text keyed, then all the quotes
  /// found at once (what loading a graph with a text does).
  static let anchor = BenchmarkStage(
    id: "anchor", title: "anchoring: read the text, locate every quote", corpus: .anchoredArticle,
    floor: "floor-text",
    run: { input in
      let graph = input.graph
      guard let path = graph.text?.path else { throw BenchmarkError("the article has no text") }
      // The loader gives the text's path as it read it.
      let data = try Data(
        contentsOf: URL(
          fileURLWithPath: path.hasPrefix("/") ? path : input.graphDirectory + "/" + path))
      let text = ArticleText(path: path, text: String(decoding: data, as: UTF8.self))
      var quotes: [TextQuote] = []
      for claim in graph.claims {
        quotes += claim.quotes
        for citation in claim.citations { quotes += citation.quotes }
      }
      var found = 0
      var ambiguous = 0
      var missed = 0
      for match in text.locateAll(quotes) {
        switch match {
        case .found: found += 1
        case .ambiguous: ambiguous += 1
        case .notFound: missed += 1
        }
      }
      return .init(
        bytes: data.count,
        detail: "\(quotes.count) quotes: \(found) found, \(ambiguous) ambiguous, \(missed) missed",
        retained: text)
    })

  /// The floor under anchoring: the text's bytes read and scanned once (its lines counted).
  static let textScan = BenchmarkStage(
    id: "floor-text", title: "floor: read the text and scan its bytes", corpus: .anchoredArticle,
    needsGraph: false,
    run: { input in
      let data = try Data(
        contentsOf: URL(fileURLWithPath: input.graphDirectory + "/article.txt"))
      let lines = data.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
      return .init(bytes: data.count, detail: "\(lines) lines")
    })

  /// Load + lint of the article with its quotes.
  static let loadLint = loadLintStage(
    id: "anchored-load-lint", title: "load + lint, the article with its quotes",
    corpus: .anchoredArticle)

  /// Load + lint of the same article with every quote removed: what anchoring adds.
  static let unquotedLoadLint = loadLintStage(
    id: "unquoted-load-lint", title: "load + lint, the same article without quotes",
    corpus: .unquotedArticle)

  /// libfyaml's events over the anchored article's YAML files.
  static let yamlEvents = BenchmarkStage(
    id: "anchored-floor-yaml", title: "floor: libfyaml's events over the article's YAML",
    corpus: .anchoredArticle, needsGraph: false, run: FloorStages.yamlEvents.run)

  private static func loadLintStage(
    id: String, title: String, corpus: BenchmarkStage.Corpus
  ) -> BenchmarkStage {
    BenchmarkStage(
      id: id, title: title, corpus: corpus, needsGraph: false, floor: yamlEventsID,
      run: { input in
        let loaded = GraphLoader.benchmark.load(directory: input.graphDirectory)
        let report = Linter().lint(loaded, currentYear: 2026)
        return .init(detail: StageRegistry.findings(report), retained: (loaded, report))
      })
  }

  private static let yamlEventsID = "anchored-floor-yaml"
}
