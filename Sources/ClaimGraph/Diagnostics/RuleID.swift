/// The stable identifier of a rule: `uncited-claim`, `syntax`, `unused-suppression`.
///
/// Every rule ClaimGraph knows has a static member (``uncitedClaim``), so code names rules
/// without spelling them; ``rawValue`` is the kebab-case text every output writes (the
/// `[rule]` of a diagnostic, SARIF's `ruleId`, the JSON reports, the baseline) and every
/// input reads (`suppress:`, `.claimgraph.yml`, `--explain`). An id is never reused for
/// another meaning.
///
/// Text read from input becomes an id through ``RuleRegistry/ruleID(_:)``, which throws
/// ``UnknownRuleID`` (with the closest id suggested) for text that names no rule. A value
/// made with ``init(rawValue:)`` may name no rule: a suppression keeps the id its author
/// wrote until the linter reports it as `unknown-rule`. A rule of your own declares its id
/// with ``init(rawValue:)``, in lowercase kebab-case.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable,
  CustomStringConvertible
{
  /// The kebab-case text of the id, as every output writes it.
  public let rawValue: String

  /// The id with this text, whether or not a rule has it.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The kebab-case text.
  public var description: String { rawValue }

  /// Orders ids by their text.
  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

// MARK: - Graph rules

extension RuleID {
  /// ``UncitedClaimRule``.
  public static let uncitedClaim = RuleID(rawValue: "uncited-claim")
  /// ``UnresolvedReferenceRule/unknownSource``.
  public static let unknownSource = RuleID(rawValue: "unknown-source")
  /// ``UnresolvedReferenceRule/unknownEntity``.
  public static let unknownEntity = RuleID(rawValue: "unknown-entity")
  /// ``UnresolvedReferenceRule/unknownSection``.
  public static let unknownSection = RuleID(rawValue: "unknown-section")
  /// ``UnresolvedReferenceRule/unknownClaim``.
  public static let unknownClaim = RuleID(rawValue: "unknown-claim")
  /// ``UnlistedSourceRule``.
  public static let unlistedSource = RuleID(rawValue: "unlisted-source")
  /// ``ListedSourceNotInReferencesRule``.
  public static let listedSourceNotInReferences = RuleID(
    rawValue: "listed-source-not-in-references")
  /// ``UnusedSourceRule``.
  public static let unusedSource = RuleID(rawValue: "unused-source")
  /// ``OrphanEntityRule``.
  public static let orphanEntity = RuleID(rawValue: "orphan-entity")
  /// ``SourceMetadataRule``.
  public static let sourceMetadata = RuleID(rawValue: "source-metadata")
  /// ``DuplicateSourceRule``.
  public static let duplicateSource = RuleID(rawValue: "duplicate-source")
  /// ``EstablishedOnWeakEvidenceRule``.
  public static let establishedOnWeakEvidence = RuleID(rawValue: "established-on-weak-evidence")
  /// ``ContradictedEstablishedRule``.
  public static let contradictedEstablished = RuleID(rawValue: "contradicted-established")
  /// ``MethodNotInSourceRule``.
  public static let methodNotInSource = RuleID(rawValue: "method-not-in-source")
  /// ``QuoteNotFoundRule``.
  public static let quoteNotFound = RuleID(rawValue: "quote-not-found")
  /// ``QuoteAmbiguousRule``.
  public static let quoteAmbiguous = RuleID(rawValue: "quote-ambiguous")
  /// ``UnanchoredClaimRule``.
  public static let unanchoredClaim = RuleID(rawValue: "unanchored-claim")
  /// ``UnanchoredCitationRule``.
  public static let unanchoredCitation = RuleID(rawValue: "unanchored-citation")
  /// ``CitationQuoteDoesNotInvokeRule``.
  public static let citationQuoteDoesNotInvoke = RuleID(rawValue: "citation-quote-does-not-invoke")
  /// ``MethodNotInTextRule``.
  public static let methodNotInText = RuleID(rawValue: "method-not-in-text")
  /// ``UncoveredSentenceRule``.
  public static let uncoveredSentence = RuleID(rawValue: "uncovered-sentence")
  /// ``SectionMismatchRule``.
  public static let sectionMismatch = RuleID(rawValue: "section-mismatch")
  /// ``SectionTitleNotInTextRule``.
  public static let sectionTitleNotInText = RuleID(rawValue: "section-title-not-in-text")
  /// ``StrengthDisagreementRule``.
  public static let strengthDisagreement = RuleID(rawValue: "strength-disagreement")
  /// ``StanceDisagreementRule``.
  public static let stanceDisagreement = RuleID(rawValue: "stance-disagreement")
  /// ``StrengthVsWordingRule``.
  public static let strengthVsWording = RuleID(rawValue: "strength-vs-wording")
  /// ``MethodNamedNotEvidencedRule``.
  public static let methodNamedNotEvidenced = RuleID(rawValue: "method-named-not-evidenced")
  /// ``AppealWithoutCitationRule``.
  public static let appealWithoutCitation = RuleID(rawValue: "appeal-without-citation")
  /// ``CitationAcrossSentencesRule``.
  public static let citationAcrossSentences = RuleID(rawValue: "citation-across-sentences")
  /// ``UntypedAppealRule``.
  public static let untypedAppeal = RuleID(rawValue: "untyped-appeal")
  /// ``MethodAliasNotNamedRule``.
  public static let methodAliasNotNamed = RuleID(rawValue: "method-alias-not-named")
}

// MARK: - Input and linter rules

extension RuleID {
  /// ``InputRule/unreadableFile``.
  public static let unreadableFile = RuleID(rawValue: "unreadable-file")
  /// ``InputRule/invalidEncoding``.
  public static let invalidEncoding = RuleID(rawValue: "invalid-encoding")
  /// ``InputRule/syntax``.
  public static let syntax = RuleID(rawValue: "syntax")
  /// ``InputRule/limitExceeded``.
  public static let limitExceeded = RuleID(rawValue: "limit-exceeded")
  /// ``InputRule/unsupportedConstruct``.
  public static let unsupportedConstruct = RuleID(rawValue: "unsupported-construct")
  /// ``InputRule/wrongType``.
  public static let wrongType = RuleID(rawValue: "wrong-type")
  /// ``InputRule/unknownKey``.
  public static let unknownKey = RuleID(rawValue: "unknown-key")
  /// ``InputRule/duplicateKey``.
  public static let duplicateKey = RuleID(rawValue: "duplicate-key")
  /// ``InputRule/missingField``.
  public static let missingField = RuleID(rawValue: "missing-field")
  /// ``InputRule/invalidValue``.
  public static let invalidValue = RuleID(rawValue: "invalid-value")
  /// ``InputRule/duplicateID``.
  public static let duplicateID = RuleID(rawValue: "duplicate-id")
  /// ``InputRule/emptyFile``.
  public static let emptyFile = RuleID(rawValue: "empty-file")
  /// ``LinterRule/unusedSuppression``.
  public static let unusedSuppression = RuleID(rawValue: "unused-suppression")
  /// ``LinterRule/unknownRule``.
  public static let unknownRule = RuleID(rawValue: "unknown-rule")
  /// ``LinterRule/staleBaselineEntry``.
  public static let staleBaselineEntry = RuleID(rawValue: "stale-baseline-entry")
}

/// Text that names no rule of a registry (``RuleRegistry/ruleID(_:)``), with the closest
/// id when the text looks like a typo of one.
public struct UnknownRuleID: Error, Hashable, Sendable, CustomStringConvertible {
  /// The text as written.
  public let text: String
  /// The registry's id closest to ``text``, if it is close enough to be a typo.
  public let suggestion: RuleID?

  /// Creates the error.
  public init(text: String, suggestion: RuleID?) {
    self.text = text
    self.suggestion = suggestion
  }

  /// `"; did you mean 'x'?"`, or the empty string when no id is close.
  public var hint: String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }

  /// The message: `no rule is named 'x'; did you mean 'y'?`.
  public var description: String { "no rule is named '\(text)'\(hint)" }
}
