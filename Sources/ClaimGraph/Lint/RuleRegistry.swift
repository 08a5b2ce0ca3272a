/// Every rule the linter knows.
///
/// The graph rules it runs, and the rules whose findings come from the loaders and the
/// linter itself. `claimgraph rules` lists them and
/// `claimgraph lint --explain` looks them up here.
public struct RuleRegistry: Sendable {
  /// The rules that check a loaded graph, in listing order.
  public let graphRules: [any GraphRule]
  /// The rules reported by the loaders and by the linter, in listing order.
  public let reportedRules: [RuleDescriptor]

  /// Creates a registry.
  public init(graphRules: [any GraphRule], reportedRules: [RuleDescriptor]) {
    self.graphRules = graphRules
    self.reportedRules = reportedRules
  }

  /// The standard rules.
  public static let standard = RuleRegistry(
    graphRules: [
      UncitedClaimRule(),
      UnresolvedReferenceRule.unknownSource,
      UnresolvedReferenceRule.unknownEntity,
      UnresolvedReferenceRule.unknownSection,
      UnresolvedReferenceRule.unknownClaim,
      UnlistedSourceRule(),
      ListedSourceNotInReferencesRule(),
      UnusedSourceRule(),
      OrphanEntityRule(),
      SourceMetadataRule(),
      DuplicateSourceRule(),
      EstablishedOnWeakEvidenceRule(),
      ContradictedEstablishedRule(),
      MethodNotInSourceRule(),
      QuoteNotFoundRule(),
      QuoteAmbiguousRule(),
      UnanchoredClaimRule(),
      UnanchoredCitationRule(),
      CitationQuoteDoesNotInvokeRule(),
      MethodNotInTextRule(),
      UncoveredSentenceRule(),
      SectionMismatchRule(),
      SectionTitleNotInTextRule(),
      StrengthDisagreementRule(),
      StanceDisagreementRule(),
      StrengthVsWordingRule(),
      MethodNamedNotEvidencedRule(),
      AppealWithoutCitationRule(),
      CitationAcrossSentencesRule(),
      UntypedAppealRule(),
      MethodAliasNotNamedRule(),
    ],
    reportedRules: InputRule.all + LinterRule.all)

  /// Every rule's descriptor: graph rules first, then input and linter rules.
  public var descriptors: [RuleDescriptor] {
    graphRules.map(\.descriptor) + reportedRules
  }

  /// The descriptor of the rule with this id, if any.
  public func descriptor(for id: RuleID) -> RuleDescriptor? {
    descriptors.first { $0.id == id }
  }

  /// The id of one of the registry's rules, read from text (a configuration key, a
  /// command-line argument).
  ///
  /// - Throws: ``UnknownRuleID`` when no rule has this id, with the closest id suggested.
  public func ruleID(_ text: String) throws(UnknownRuleID) -> RuleID {
    try descriptor(named: text).id
  }

  /// The descriptor of the rule whose id is this text.
  ///
  /// - Throws: ``UnknownRuleID`` when no rule has this id, with the closest id suggested.
  public func descriptor(named text: String) throws(UnknownRuleID) -> RuleDescriptor {
    if let found = descriptor(for: RuleID(rawValue: text)) { return found }
    let closest = Suggestion.closest(to: text, in: descriptors.map(\.id.rawValue))
    throw UnknownRuleID(text: text, suggestion: closest.map(RuleID.init(rawValue:)))
  }

  /// The options a rule accepts (none unless it is a ``ConfigurableRule``).
  public func options(for id: RuleID) -> [RuleOption] {
    let rule = graphRules.first { $0.id == id }
    return (rule as? any ConfigurableRule)?.options ?? []
  }

  /// `"; did you mean 'x'?"` for text that misspells a rule id, or the empty string.
  func hint(for text: String) -> String {
    Suggestion.hint(for: text, in: descriptors.map(\.id.rawValue))
  }
}
