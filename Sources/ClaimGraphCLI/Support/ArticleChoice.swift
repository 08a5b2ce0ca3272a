import ArgumentParser
import ClaimGraph

/// The article a command's `--article` names: its id, or words of its title.
enum ArticleChoice {
  /// The one article of `graph` that `name` picks; with none or several, a message on
  /// standard error naming the library's articles, and exit code 2.
  static func pick(_ name: String, in graph: KnowledgeGraph) throws -> Article {
    let articles = graph.articles(named: name)
    guard articles.count == 1 else {
      let choices = graph.articles.map(\.id).joined(separator: ", ")
      Console.current.writeError(
        "error: --article '\(name)' names "
          + (articles.isEmpty ? "no article" : "several articles")
          + " of the library (its articles: \(choices))\n")
      throw ExitCode(2)
    }
    return articles[0]
  }
}
