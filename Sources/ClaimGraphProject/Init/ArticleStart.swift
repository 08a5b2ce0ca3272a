import ClaimGraph
import ClaimGraphFormats
import ClaimGraphYAML
import Foundation

/// What ``ClaimGraphProject/ClaimGraphProject/startArticle(from:into:schema:)`` wrote.
public struct ArticleStart: Sendable {
  /// The article's id (from the text's file name).
  public let id: String
  /// The article's folder, as given or as chosen (`Graph/articles/ID`).
  public let folder: String
  /// The files written, as paths from the working directory, in the scaffold's order.
  public let files: [String]
  /// The text's outline the files were made from.
  public let outline: ArticleOutline

  /// `article 'ID': 4 sections, 21 claim stubs, 3 source stubs`: what `claimgraph init`
  /// says it started.
  public var summary: String {
    let stubs = outline.passages.count
    let sources = Set(outline.passages.flatMap { $0.cues.map(\.suggestedSource) }).count
    return "article '\(id)': \(outline.sections.count) sections, \(stubs) claim stubs, "
      + "\(sources) source stubs"
  }
}
