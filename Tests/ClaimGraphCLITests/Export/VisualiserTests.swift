import ClaimGraph
import ClaimGraphFormats
import ClaimGraphFormatsTestSupport
import ClaimGraphTestSupport
import ClaimGraphYAML
import Foundation
import Testing

/// What a visualiser sees: colours, labels, legends, neighbourhoods, pictures, Mermaid.
@Suite struct VisualiserTests {
  private static func text(_ format: ExportFormat, _ graph: KnowledgeGraph = ExportFixtures.demo)
    throws -> String
  {
    String(decoding: try ExportFixtures.export(format, graph), as: UTF8.self)
  }

  // MARK: - Colours and labels

  @Test func strengthsHaveTheirOwnColourBlindSafeColours() {
    let strengths = EvidenceStrength.allCases.map(ExportStyle.color(of:))
    // Okabe–Ito bluish green, orange and vermillion.
    #expect(strengths.map(\.hex) == ["#009E73", "#E69F00", "#D55E00"])
    let kinds = NodeKind.allCases.map(ExportStyle.color(of:))
    #expect(Set(strengths).isDisjoint(with: kinds), "no kind takes a strength's colour")
    #expect(Set(kinds).count == kinds.count)
  }

  @Test func claimsAreColouredByStrengthInEveryFormat() throws {
    // The demo has one claim of each strength.
    let claims: [(id: String, color: RGBColor)] = [
      ("beta-endorphin-binds-mor", RGBColor(0x009E73)),
      ("exercise-releases-endorphins", RGBColor(0xE69F00)),
      ("endorphins-cause-runners-high", RGBColor(0xD55E00)),
    ]
    let json = try Self.text(.json)
    let dot = try Self.text(.dot)
    let mermaid = try Self.text(.mermaid)
    let gexf = try Self.text(.gexf)
    let graphml = try Self.text(.graphml)
    for (strength, claim) in zip(EvidenceStrength.allCases, claims) {
      let hex = claim.color.hex
      #expect(
        json.contains("{\"id\":\"\(claim.id)\",\"kind\":\"claim\",")
          && json.contains("\"color\":\"\(hex)\",\"name\":\"\(claim.id)\""))
      let dotLine = try #require(
        dot.split(separator: "\n").first { $0.hasPrefix("  \"\(claim.id)\" ") })
      #expect(
        dotLine.contains("fillcolor=\"\(ExportStyle.tint(of: claim.color).hex)\", color=\"\(hex)\"")
      )
      #expect(mermaid.contains(":::claim_\(strength.rawValue)\n"))
      #expect(
        mermaid.contains(
          "classDef claim_\(strength.rawValue) fill:\(ExportStyle.tint(of: claim.color).hex),stroke:\(hex),"
        ))
      let rgb = "r=\"\(claim.color.red)\" g=\"\(claim.color.green)\" b=\"\(claim.color.blue)\""
      let node = try #require(gexf.range(of: "<node id=\"\(claim.id)\""))
      let end = try #require(gexf[node.upperBound...].range(of: "</node>"))
      #expect(gexf[node.upperBound..<end.lowerBound].contains("<viz:color \(rgb)/>"))
      let element = try #require(graphml.range(of: "<node id=\"\(claim.id)\">"))
      let close = try #require(graphml[element.upperBound...].range(of: "</node>"))
      let values = graphml[element.upperBound..<close.lowerBound]
      #expect(values.contains(">\(claim.color.red)</data>"))
      #expect(values.contains(">\(claim.color.green)</data>"))
      #expect(values.contains(">\(claim.color.blue)</data>"))
    }
  }

  @Test func claimsShowAShortLabelAndKeepTheFullStatement() throws {
    let statement =
      "PET imaging with radiolabelled opioid ligands has found lower mu-opioid receptor "
      + "availability in people with major depressive disorder than in healthy controls."
    let graph = try KnowledgeGraph(
      claims: [Claim(id: "c", statement: statement, strength: .established, about: ["e"])],
      entities: [Entity(id: "e", kind: .condition, name: "Major depressive disorder")])
    let short = "PET imaging with radiolabelled opioid ligands has found…"
    #expect(ExportStyle.shortLabel(statement) == short)
    #expect(ExportStyle.shortLabel("Short enough.") == "Short enough.")
    #expect(short.count <= ExportStyle.shortLabelLength)
    let json = try Self.text(.json, graph)
    #expect(json.contains("\"label\":\"\(short)\""))
    #expect(json.contains("\"statement\":\"\(statement)\""))
    let dot = try Self.text(.dot, graph)
    #expect(dot.contains("tooltip=\"[established] \(statement)\""))
    #expect(!dot.contains("label=\"\(statement)"))
    let graphml = try Self.text(.graphml, graph)
    #expect(graphml.contains(">\(short)</data>") && graphml.contains(">\(statement)</data>"))
    #expect(try Self.text(.mermaid, graph).contains("n_c[\"\(short)\"]:::claim_established"))
    // Read back, the claim keeps its statement.
    let read = NodeLinkJSONReader().load(bytes: Array(json.utf8), file: "c.json")
    #expect(read.graph.claim("c")?.statement == statement)
  }

  @Test func everyNodeIsNamedByItsIDAndEntitiesKeepTheirNames() throws {
    let json = try Self.text(.json)
    #expect(
      json.contains(
        "{\"id\":\"pain\",\"kind\":\"condition\",\"label\":\"Pain\",\"color\":\"#882255\",\"name\":\"pain\"}"
      ))
    let graphml = try Self.text(.graphml)
    #expect(graphml.contains("attr.name=\"name\" attr.type=\"string\""))
    for format in [ExportFormat.graphml, .json] {
      let bytes = try ExportFixtures.export(format, ExportFixtures.demo)
      let read =
        format == .json
        ? NodeLinkJSONReader().load(bytes: bytes, file: "demo.json")
        : GraphMLReader().load(bytes: bytes, file: "demo.graphml")
      #expect(read.graph == ExportFixtures.demo, "\(format)")
      #expect(read.graph.entity("pain")?.name == "Pain")
    }
  }

  @Test(
    .requires(python: "igraph", "networkx"))
  func igraphAndNetworkXFindNodesByName() throws {
    try Python.require("igraph", "networkx")
    let directory = try TemporaryDirectory("igraph")
    defer { directory.remove() }
    let graphml = try directory.write(
      ExportFixtures.export(.graphml, ExportFixtures.demo), to: "demo.graphml")
    let json = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let script = """
      import json, sys, warnings
      import igraph, networkx as nx
      g = igraph.Graph.Read_GraphML(sys.argv[1])
      v = g.vs.find(name="mu-opioid-receptor")
      print("igraph", g.vcount(), g.ecount(), v["label"], v["kind"], int(v["r"]))
      with open(sys.argv[2], encoding="utf-8") as f:
          data = json.load(f)
      h = igraph.Graph.DictList(data["nodes"], data["edges"], directed=True)
      print("dictlist", h.vcount(), h.ecount(), h.vs.find(name="pain")["label"])
      with warnings.catch_warnings():
          warnings.simplefilter("error")
          G = nx.read_graphml(sys.argv[1])
      n = G.nodes["mu-opioid-receptor"]
      print("networkx", G.number_of_nodes(), n["name"], n["label"])
      """
    let result = try Python.run(["-c", script, graphml, json])
    #expect(result.status == 0, "\(result.errors)")
    #expect(
      result.output == """
        igraph 12 18 μ-opioid receptor receptor 204
        dictlist 12 18 Pain
        networkx 12 mu-opioid-receptor μ-opioid receptor

        """)
  }

  // MARK: - Legends

  @Test func theDOTLegendExplainsEveryColourAndLineStyleInUse() throws {
    let dot = try Self.text(.dot)
    let legend = try #require(dot.range(of: "subgraph \"cluster_legend\""))
    let body = String(dot[legend.lowerBound...])
    for text in [
      "claim: established", "claim: uncertain", "claim: refuted", "source", "unlisted source",
      "region", "receptor", "condition", "molecule", "intervention", "method",
      "cites (supports)", "contradicts", "mentions", "about", "relation (its verb)",
      "rests on method", "source uses method", "established", "uncertain", "refuted",
      "no strength",
    ] {
      #expect(body.contains("label=\"\(text)\""), "legend lacks \(text)")
    }
    // Kinds the selection does not show are not explained.
    #expect(!body.contains("label=\"structure\""))
    let noLegend = String(
      decoding: try DOTExporter(showsLegend: false).bytes(of: GraphSelection(ExportFixtures.demo)),
      as: UTF8.self)
    #expect(!noLegend.contains("cluster_legend"))
    #expect(noLegend.count < dot.count)
  }

  @Test func theMermaidLegendExplainsColoursAndLinesAndCanBeLeftOut() throws {
    let mermaid = try Self.text(.mermaid)
    for text in [
      "claim: established", "claim: uncertain", "claim: refuted", "unlisted source",
      "\"established\"", "\"uncertain\"", "\"refuted\"", "\"contradicts\"", "no strength",
    ] {
      #expect(mermaid.contains(text), "legend lacks \(text)")
    }
    let console = TestConsole()
    let directory = try TemporaryDirectory("legend")
    defer { directory.remove() }
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    #expect(console.run(["export", graph, "-f", "mermaid", "--no-legend"]) == 0)
    #expect(!console.standardOutput.contains("subgraph legend"))
    #expect(
      console.standardOutput
        == String(
          decoding: try MermaidExporter(showsLegend: false).bytes(
            of: GraphSelection(ExportFixtures.demo)), as: UTF8.self))
  }

  // MARK: - Neighbourhoods

  @Test func aroundKeepsWhatIsWithinTheDepth() {
    let whole = GraphSelection(ExportFixtures.demo)
    #expect(whole.around("pain", depth: 0).nodes.map(\.id) == ["pain"])
    #expect(
      whole.around("pain", depth: 1).nodes.map(\.id) == ["endorphins-cause-runners-high", "pain"])
    #expect(
      whole.around("pain", depth: 2).nodes.map(\.id) == [
        "endorphins-cause-runners-high", "unlisted-pet-studies", "pain", "article:demo",
      ])
    let three = whole.around("pain", depth: 3)
    #expect(
      three.nodes.map(\.id) == [
        "endorphins-cause-runners-high", "exercise-releases-endorphins", "unlisted-pet-studies",
        "pain", "article:demo",
      ])
    // Only edges between kept nodes: the second claim's other links are not kept. The
    // article is reached from the first claim but not gone through: the second claim comes
    // by its citation of the unlisted studies, not as the first one's fellow in the article.
    #expect(three.edges.count == 5)
    #expect(three.edges.filter { $0.kind == .inArticle }.count == 2)
    #expect(three.edges.filter { $0.stance == .contradicts }.count == 1)
    #expect(whole.around("no-such-node", depth: 3).nodes.isEmpty)
  }

  @Test func exportAroundTakesAnIDOrANameAndRefusesAnUnknownOne() throws {
    let directory = try TemporaryDirectory("around")
    defer { directory.remove() }
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let expected = String(
      decoding: try NodeLinkJSONExporter().bytes(
        of: GraphSelection(ExportFixtures.demo).around("beta-endorphin", depth: 2)), as: UTF8.self)
    for name in ["beta-endorphin", "β-endorphin", "BE"] {
      let console = TestConsole()
      #expect(console.run(["export", graph, "-f", "json", "--around", name, "--depth", "2"]) == 0)
      #expect(console.standardOutput == expected, "\(name)")
    }
    let console = TestConsole()
    #expect(console.run(["export", graph, "-f", "json", "--around", "beta-endorphine"]) == 2)
    #expect(
      console.standardError
        == "error: --around: no node is named 'beta-endorphine'; did you mean 'beta-endorphin'?\n"
    )
    #expect(console.standardOutput == "")
  }

  // MARK: - Mermaid

  @Test func mermaidIDsComeFromOurIDsSoAnEditChangesOnlyItsLines() throws {
    #expect(
      MermaidExporter.identifiers(for: ["a-b", "a_b", "a.b", "end", "é"]) == [
        "a-b": "n_a_b", "a_b": "n_a_b_2", "a.b": "n_a_b_3", "end": "n_end", "é": "n__",
      ])
    var claims = ExportFixtures.demo.claims
    let before = Set(try Self.text(.mermaid).split(separator: "\n"))
    claims.append(
      Claim(
        id: "pain-is-common", statement: "Pain is common.", strength: .uncertain, about: ["pain"]))
    let edited = try KnowledgeGraph(
      article: ExportFixtures.demo.article, sections: ExportFixtures.demo.sections, claims: claims,
      sources: ExportFixtures.demo.sources, entities: ExportFixtures.demo.entities)
    let after = Set(try Self.text(.mermaid, edited).split(separator: "\n"))
    let removed = before.subtracting(after).filter { !$0.hasPrefix("  linkStyle ") }
    #expect(removed.isEmpty, "lines changed: \(removed)")
    #expect(
      after.subtracting(before).sorted() == [
        "  n_pain_is_common -.-> n_article_demo", "  n_pain_is_common -.-> n_pain",
        "  n_pain_is_common[\"Pain is common.\"]:::claim_uncertain",
      ]
        || after.subtracting(before).filter { !$0.hasPrefix("  linkStyle ") }.sorted() == [
          "  n_pain_is_common -.-> n_article_demo", "  n_pain_is_common -.-> n_pain",
          "  n_pain_is_common[\"Pain is common.\"]:::claim_uncertain",
        ])
  }

  @Test func mermaidToAMarkdownFileIsAPageGitHubRenders() throws {
    let directory = try TemporaryDirectory("mermaid-page")
    defer { directory.remove() }
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let page = directory.path + "/map.md"
    let console = TestConsole()
    #expect(
      console.run([
        "export", graph, "-f", "mermaid", "--kinds",
        "region,receptor,condition,molecule,intervention,method", "-o", page,
      ]) == 0)
    let text = try String(contentsOfFile: page, encoding: .utf8)
    let map = GraphSelection(ExportFixtures.demo).restricted(
      toKinds: [.region, .receptor, .condition, .molecule, .intervention, .method])
    let diagram = String(
      decoding: try MermaidExporter().bytes(of: map.withoutIsolatedNodes()), as: UTF8.self)
    #expect(
      text == """
        # Endorphins: a demo

        3 nodes and 2 links; nodes are coloured by kind (see the legend). 3 nodes linked to nothing else are listed after it.

        ```mermaid
        \(diagram)```

        ## Not linked to anything else in this picture

        - Periaqueductal gray (region periaqueductal-gray)
        - Pain (condition pain)
        - PET (method pet)

        """)
  }

  // MARK: - Pictures

  @Test(
    .requires(tools: "dot"))
  func buildRendersTheEntityMapAndAPicturePerSectionWithGraphviz() throws {
    let graphviz = try #require(
      Graphviz.find(), "Graphviz 'dot' is not installed; run bash .ci/setup")
    let directory = try TemporaryDirectory("pictures")
    defer { directory.remove() }
    let exports = directory.path + "/Exports"
    let build = TestConsole()
    #expect(build.run(["build", Fixture.articleGraph, "--exports", exports]) == 0)
    let loaded = GraphLoaderForTests.article
    let pictures = GraphPicture.pictures(of: loaded)
    #expect(
      pictures.map(\.name).prefix(3) == [
        "entity-map", "section-what-are-endorphins", "section-brain-regions",
      ])
    #expect(pictures.count == 13)
    let version = try graphviz.version()
    for picture in pictures {
      let path = "\(exports)/pictures/endorphins-\(picture.name).svg"
      let svg = try #require(FileManager.default.contents(atPath: path), "\(path)")
      #expect(Graphviz.version(ofSVG: [UInt8](svg)) == version)
      let text = String(decoding: svg, as: UTF8.self)
      #expect(text.contains("<svg") && text.hasSuffix("</svg>\n"))
      #expect(text.contains(">Legend</text>"))
      #expect(build.standardOutput.contains("wrote \(path)\n"))
    }
    let map = try String(
      contentsOfFile: "\(exports)/pictures/endorphins-entity-map.svg", encoding: .utf8)
    #expect(
      map.contains(">Mu&#45;opioid receptor</text>") || map.contains(">Mu-opioid receptor</text>"))
    // No entity floats alone in the map.
    #expect(GraphSelection(loaded).entityMap().isolatedNodes.isEmpty)
    let check = TestConsole()
    #expect(check.run(["build", Fixture.articleGraph, "--exports", exports, "--check"]) == 0)
    #expect(check.standardOutput == "\(19 + 13) exports in \(exports) are up to date\n")
    let section = "\(exports)/pictures/endorphins-section-faq.svg"
    try Data("<svg/>".utf8).write(to: URL(fileURLWithPath: section))
    let stale = TestConsole()
    #expect(stale.run(["build", Fixture.articleGraph, "--exports", exports, "--check"]) == 0)
    #expect(
      stale.standardError.contains(
        "1 pictures in \(exports)/pictures were rendered by another Graphviz version"))
    try Data("<!-- Generated by graphviz version \(version)\n -->\n<svg/>".utf8).write(
      to: URL(fileURLWithPath: section))
    let changed = TestConsole()
    #expect(changed.run(["build", Fixture.articleGraph, "--exports", exports, "--check"]) == 1)
    #expect(changed.standardError.hasPrefix("stale: \(section)\n"))
  }

  @Test func withoutGraphvizBuildSkipsThePicturesWithANote() throws {
    let directory = try TemporaryDirectory("no-graphviz")
    defer { directory.remove() }
    let graph = try directory.write(
      ExportFixtures.export(.json, ExportFixtures.demo), to: "demo.json")
    let exports = directory.path + "/Exports"
    let result = try BuiltExecutable.run(
      ["build", graph, "--exports", exports], environment: ["PATH": directory.path])
    #expect(result.status == 0)
    let stderr = String(decoding: result.stderr, as: UTF8.self)
    let count = GraphPicture.pictures(of: ExportFixtures.demo).count
    #expect(
      stderr.contains(
        "note: Graphviz ('dot') is not installed: the \(count) pictures in \(exports)/pictures were not rendered (install graphviz to render them)\n"
      ))
    #expect(!FileManager.default.fileExists(atPath: exports + "/pictures"))
    #expect(FileManager.default.fileExists(atPath: exports + "/demo.dot"))
  }
}

/// The article's graph, loaded once for the tests that need it.
enum GraphLoaderForTests {
  static let article: KnowledgeGraph = GraphLoader().load(directory: Fixture.articleGraph).graph
}
