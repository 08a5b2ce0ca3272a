import ClaimGraph
import ClaimGraphFormats
import ClaimGraphYAML
import Testing

/// The library's public value types are `Sendable`: this file only compiles while each of
/// them is, so dropping a conformance (or adding a non-`Sendable` stored property) breaks the
/// build, not a user's concurrent code.
@Suite struct SendableConformanceTests {
  /// Every public type that holds data or does work (caseless namespaces excepted).
  static let publicTypes: [any Sendable.Type] = [
    // Model
    Article.self, Citation.self, Claim.self, Entity.self, EvidenceStrength.self, Node.self,
    NodeID.self, NodeKind.self, Relation.self, Section.self, Source.self, SourceType.self,
    Stance.self, Suppression.self,
    // Graph
    KnowledgeGraph.self, KnowledgeGraph.BuildError.self, LoadedGraph.self, Edge.self,
    EdgeKind.self, Reference.self, Reference.Target.self,
    // Diagnostics and validation
    Diagnostic.self, Severity.self, SourceLocation.self, SourceMap.self, RuleDescriptor.self,
    ValidationContext.self, Validator.self, RuleOption.self, RuleRegistry.self,
    RuleSetting.self, UnresolvedReferenceRule.self, UncitedClaimRule.self,
    UnlistedSourceRule.self, UnusedSourceRule.self, OrphanEntityRule.self,
    MethodNotInSourceRule.self, ContradictedEstablishedRule.self, DuplicateSourceRule.self,
    SourceMetadataRule.self, EstablishedOnWeakEvidenceRule.self,
    // Lint
    Linter.self, LintConfiguration.self, LintReport.self, LintReport.Summary.self,
    Baseline.self, Baseline.Entry.self, Fingerprint.self, PathPattern.self,
    // Queries, paths, statistics, tables
    Query.self, QueryError.self, QueryField.self, QueryMatches.self, QueryTerm.self,
    YearConstraint.self, YearConstraint.Comparison.self, GraphStatistics.self, SummaryTables.self,
    SummaryTable.self,
    SummaryRow.self, SummaryGroup.self, SummaryGrouping.self, SummaryTopic.self,
    SummaryEvidence.self, CSVTablesRenderer.self, HTMLTablesRenderer.self,
    JSONTablesRenderer.self, MarkdownTablesRenderer.self, JSONValue.self,
    // Loading
    GraphLoader.self, GraphLoader.Limits.self,
  ]

  @Test func everyListedTypeIsDistinct() {
    let names = Self.publicTypes.map { String(reflecting: $0) }
    #expect(Set(names).count == names.count)
  }
}
