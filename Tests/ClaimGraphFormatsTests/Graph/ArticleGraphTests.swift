import ClaimGraph
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// The endorphin article's graph under `Graph/`.
@Suite struct ArticleGraphTests {
  static let loaded = ArticleFixture.loaded

  @Test func loadsWithoutAnyDiagnostic() {
    #expect(Self.loaded.diagnostics.map(\.description) == [])
  }

  /// Counts `- id:` entries under each top-level key by reading the files as plain text,
  /// independently of the loader.
  @Test func statisticsMatchTheFiles() throws {
    var counted: [String: Int] = [:]
    for file in Self.loaded.files {
      var key = ""
      for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
        if let first = line.first, first.isLetter { key = String(line.prefix { $0 != ":" }) }
        if line.hasPrefix("  - id:") || line.hasPrefix("  - {id:") { counted[key, default: 0] += 1 }
        // An article is a file's top-level `article:` mapping.
        if line == "article:" { counted[NodeKind.article.plural, default: 0] += 1 }
      }
    }
    let statistics = GraphStatistics(Self.loaded.graph)
    for (kind, count) in statistics.nodes {
      #expect(counted[kind.plural, default: 0] == count, "\(kind)")
    }
    #expect(counted["sections"] == Self.loaded.graph.sections.count)
    #expect(statistics.listedSources == 6)
  }

  @Test func coversTheWholeArticle() {
    let graph = Self.loaded.graph
    #expect(graph.claims.count > 80)
    #expect(graph.sections.count == 13)
    // The reference list is anchored by the listed sources, not by claims.
    for section in graph.sections where section.id != "references" {
      #expect(graph.claims.contains { $0.section == section.id }, "no claim in \(section.id)")
    }
    for kind in EvidenceStrength.allCases {
      #expect(graph.claims.contains { $0.strength == kind }, "no \(kind) claim")
    }
    for kind in NodeKind.entityKinds {
      #expect(graph.entities.contains { $0.kind == kind }, "no \(kind)")
    }
  }

  @Test func theRunnersHighStudiesTakeTheirSides() throws {
    let graph = Self.loaded.graph
    let boecker = graph.edges(to: "boecker-2008", kind: .cites)
    #expect(boecker.contains { $0.stance == .supports && $0.methods.contains("pet") })
    let fuss = graph.edges(to: "fuss-2015", kind: .cites)
    #expect(fuss.contains { $0.stance == .supports && !$0.isInferred })
    #expect(fuss.contains { $0.isInferred })
    #expect(graph.source("fuss-2015")?.methods.contains("animal-model") == true)
  }

  @Test func listedSourcesCarryTheReferenceListsBibliography() throws {
    let graph = Self.loaded.graph
    let listed = graph.sources.filter(\.isListed).map { "\($0.shortLabel) · \($0.title)" }
    #expect(
      listed == [
        "Boecker et al. 2008 · The Runner's High: Opioidergic Mechanisms in the Human Brain",
        "American Psychiatric Association 2022 · Diagnostic and Statistical Manual of Mental Disorders, Fifth Edition, Text Revision",
        "Fuss et al. 2015 · A Runner's High Depends on Cannabinoid Receptors in Mice",
        "Kennedy et al. 2006 · Reduced Mu-Opioid Receptor Availability in Major Depressive Disorder: A PET Study",
        "Machin & Dunbar 2011 · Endogenous Opioids and Social Behavior",
        "Manninen et al. 2017 · Social Laughter Triggers Endogenous Opioid Release in Humans",
      ])
    // Each is anchored to its reference-list line, which gives its title, year and venue
    // exactly as the source records them; everything else is enrichment.
    let text = try #require(graph.text)
    for source in graph.sources where source.isListed {
      let matches = graph.grounding?.matches(ofSource: source.id) ?? []
      guard case .found(let span)? = matches.first else {
        Issue.record("\(source.id) is not anchored to the reference list")
        continue
      }
      let entry = text.excerpt(span.start..<span.end)
      #expect(entry.hasPrefix(source.title), "\(source.id)")
      #expect(source.year.map { entry.contains(String($0)) } ?? true, "\(source.id)")
      #expect(source.venue.map { entry.contains($0) } ?? true, "\(source.id)")
      #expect(source.authors.allSatisfy { entry.contains($0) }, "\(source.id)")
      #expect(
        source.doi == nil && source.pmid == nil, "\(source.id): outside facts belong in enrichment")
    }
  }
}
