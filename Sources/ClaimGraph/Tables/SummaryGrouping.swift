/// How the summary tables split their rows into groups.
public enum SummaryGrouping: String, CaseIterable, Hashable, Sendable {
  /// By article section, in reading order.
  case section
  /// By the condition a claim is about, by name.
  case condition
  /// By the brain region a claim is about, by name.
  case region
  /// By the article a claim belongs to, in the library's order (by id); what the tables
  /// of a library of several articles are grouped by when no grouping is asked for.
  case article
}
