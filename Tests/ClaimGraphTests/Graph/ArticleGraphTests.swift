import ClaimGraph
import ClaimGraphYAML
import Foundation
import Testing

/// The endorphin article's graph under `Graph/`.
@Suite struct ArticleGraphTests {
  static let loaded = GraphLoader().load(directory: Fixture.articleGraph)

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
    #expect(graph.sections.count == 12)
    for section in graph.sections {
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
    #expect(fuss.contains { $0.stance == .contradicts })
    #expect(graph.source("fuss-2015")?.methods.contains("animal-model") == true)
  }

  @Test func listedSourcesCarryTheReferenceListsBibliography() throws {
    let graph = Self.loaded.graph
    let listed = graph.sources.filter(\.isListed).map { "\($0.shortLabel) · \($0.title)" }
    #expect(
      listed == [
        "Boecker 2008 · The Runner's High: Opioidergic Mechanisms in the Human Brain",
        "American Psychiatric Association 2022 · Diagnostic and Statistical Manual of Mental Disorders, Fifth Edition, Text Revision",
        "Fuss 2015 · A Runner's High Depends on Cannabinoid Receptors in Mice",
        "Kennedy 2006 · Reduced Mu-Opioid Receptor Availability in Major Depressive Disorder: A PET Study",
        "Machin & Dunbar 2011 · Endogenous Opioids and Social Behavior",
        "Manninen 2017 · Social Laughter Triggers Endogenous Opioid Release in Humans",
      ])
  }
}
