/// The publication type of a source.
public enum SourceType: String, CaseIterable, Hashable, Sendable {
  /// An original study.
  case primaryResearch = "primary_research"
  /// A narrative review.
  case reviewArticle = "review_article"
  /// A meta-analysis pooling several studies.
  case metaAnalysis = "meta_analysis"
  /// A systematic review.
  case systematicReview = "systematic_review"
  /// A clinical guideline, diagnostic manual or official recommendation.
  case clinicalGuideline = "clinical_guideline"
  /// A book or book chapter.
  case book
  /// Anything else.
  case other
}
