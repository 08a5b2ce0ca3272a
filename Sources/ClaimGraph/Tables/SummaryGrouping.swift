/// How the summary tables split their rows into groups.
public enum SummaryGrouping: String, CaseIterable, Hashable, Sendable {
  /// By article section, in reading order.
  case section
  /// By the condition a claim is about, by name.
  case condition
  /// By the brain region a claim is about, by name.
  case region
}
