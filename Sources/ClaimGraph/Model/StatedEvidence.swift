/// Evidence a claim's own sentence describes without naming any study: how something was
/// shown ("an effect that is blocked by the opioid antagonist naloxone"), not who showed it.
///
/// It counts for `method:` queries, `evidence` edges (marked ``Edge/isStated``), the
/// summary tables and the evidence rules, when it quotes the text (``isAnchored``). It is
/// not a citation: no source backs the claim through it, so a claim with only stated
/// evidence is still uncited.
///
/// In YAML, a claim's `evidence` list:
///
/// ```yaml
/// evidence:
///   - method: naloxone-blockade
///     quote: "blocked by the opioid antagonist naloxone"
/// ```
public struct StatedEvidence: Hashable, Sendable {
  /// The evidence method the sentence describes (a `method` entity).
  public var method: NodeID
  /// The words of the article that describe it.
  public var quotes: [TextQuote]

  /// Creates stated evidence of `method`, described by the article's words `quotes`.
  public init(method: NodeID, quotes: [TextQuote] = []) {
    self.method = method
    self.quotes = quotes
  }

  /// Whether it quotes the article: only then does it count as evidence, as only an
  /// anchored citation does.
  public var isAnchored: Bool { !quotes.isEmpty }
}
