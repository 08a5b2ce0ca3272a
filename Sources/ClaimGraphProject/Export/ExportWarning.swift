import ClaimGraph
import ClaimGraphFormats

/// Something an export wants its reader to know, though it writes everything asked.
public enum ExportWarning: Sendable, Hashable {
  /// A Mermaid export has more links than Mermaid (and GitHub) render; a narrower
  /// selection (fewer kinds, strengths or a neighbourhood) draws.
  case tooManyMermaidLinks(count: Int, limit: Int)
}
