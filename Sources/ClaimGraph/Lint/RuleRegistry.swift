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
  public func descriptor(for id: String) -> RuleDescriptor? {
    descriptors.first { $0.id == id }
  }

  /// The options a rule accepts (none unless it is a ``ConfigurableRule``).
  public func options(for id: String) -> [RuleOption] {
    let rule = graphRules.first { $0.id == id }
    return (rule as? any ConfigurableRule)?.options ?? []
  }

  /// `"; did you mean 'x'?"` for a misspelt rule id, or the empty string.
  public func hint(for id: String) -> String {
    Suggestion.hint(for: id, in: descriptors.map(\.id))
  }
}
