import ClaimGraph

/// Writes the graph as a folder of CSV files that `neo4j-admin database import full`
/// loads as they are, with a LadybugDB script (`ladybug.cypher`) that loads the same files.
///
/// - One node file per kind (`claims.csv`, `sources.csv`, `regions.csv`, …) with an
///   `id:ID` column (stored as the property `id`), a `:LABEL` column (`Claim`, `Source`,
///   `Region`, …) and typed properties (`year:int`, `listed:boolean`,
///   `aliases:string[]`). With ``HeaderStyle/plain`` the headers are the property names
///   alone (`id`, `label`, `year`, `aliases`), for loaders other than `neo4j-admin`.
/// - One relationship file per edge kind, with `:START_ID`, `:END_ID` and `:TYPE`
///   (plain: `start_id`, `end_id`, `type`):
///   `about.csv` (`ABOUT`), `cites.csv` (`CITES`, with the citation's stance, methods,
///   locator and whether it is inferred), `relation.csv` (`RELATES_TO`, with the predicate and the asserting
///   claim), `evidence.csv` (`RESTS_ON`: a claim rests on a method through a supporting
///   citation, or `stated` by its own sentence), `uses-method.csv` (`USES_METHOD`), `same-as.csv` (`SAME_AS`) and
///   `in-article.csv` (`IN_ARTICLE`: a claim belongs to an article, whose node, labelled
///   `Article` in `articles.csv`, has the id `article:ID`). Every edge a claim induces carries
///   its `strength`, and every edge its `id` (the same as in GraphML and JSON).
/// - Quoting follows RFC 4180 (see `CSVRecord`); arrays use `;`. Fields may hold line
///   breaks, so the import needs `--multiline-fields=true`.
///
/// Every file is written, with its header, even when the selection has no rows for it,
/// so the import command is the same for every graph:
///
/// ```sh
/// neo4j-admin database import full neo4j --array-delimiter=";" --multiline-fields=true \
///   --nodes=DIR/claims.csv … --relationships=DIR/about.csv …
/// ```
public struct Neo4jCSVExporter: GraphFolderExporter {
  /// What the CSV files' header lines say.
  public enum HeaderStyle: String, CaseIterable, Hashable, Sendable {
    /// The headers `neo4j-admin` reads: `id:ID`, `:LABEL`, `year:int`, `aliases:string[]`,
    /// `:START_ID`.
    case neo4j
    /// The property names alone: `id`, `label`, `year`, `aliases`, `start_id`; what other
    /// loaders (FalkorDB, Memgraph, pandas, Spark) read as column names.
    case plain
  }

  /// What the header lines say.
  public let headerStyle: HeaderStyle

  /// Creates the exporter, writing headers in `headerStyle`.
  public init(headerStyle: HeaderStyle = .neo4j) {
    self.headerStyle = headerStyle
  }

  /// The node files, one per kind, in kind order.
  public static let nodeFileNames: [String] = NodeKind.allCases.map { $0.plural + ".csv" }

  /// The relationship files, one per edge kind, in edge kind order.
  public static let relationshipFileNames: [String] = EdgeKind.allCases.map {
    $0.rawValue + ".csv"
  }

  /// The LadybugDB script's file name.
  public static let ladybugScriptName = "ladybug.cypher"

  /// Every file of the folder.
  public var fileNames: [String] {
    Self.nodeFileNames + Self.relationshipFileNames + [Self.ladybugScriptName]
  }

  /// The label of a node kind (`Claim`, `Region`).
  public static func label(of kind: NodeKind) -> String {
    kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
  }

  /// The relationship type of an edge kind (`ABOUT`, `RESTS_ON`).
  public static func type(of kind: EdgeKind) -> String {
    switch kind {
    case .about: "ABOUT"
    case .cites: "CITES"
    case .relation: "RELATES_TO"
    case .evidence: "RESTS_ON"
    case .usesMethod: "USES_METHOD"
    case .sameAs: "SAME_AS"
    case .inArticle: "IN_ARTICLE"
    }
  }

  /// Writes the node files, the relationship files and the LadybugDB script.
  public func export(_ selection: GraphSelection, to folder: inout some ExportFolder) throws {
    for kind in NodeKind.allCases {
      try folder.writeFile(named: kind.plural + ".csv") { sink in
        try writeNodes(of: kind, in: selection, to: &sink)
      }
    }
    for kind in EdgeKind.allCases {
      try folder.writeFile(named: kind.rawValue + ".csv") { sink in
        try writeEdges(of: kind, in: selection, to: &sink)
      }
    }
    try folder.writeFile(named: Self.ladybugScriptName) { sink in
      try sink.write(Self.ladybugScript)
    }
  }

  // MARK: - Columns

  /// One column: its `neo4j-admin` header, and its name (the plain header) and type in
  /// LadybugDB.
  private struct Column {
    let header: String
    let name: String
    let ladybugType: String

    init(_ header: String, _ name: String, _ ladybugType: String = "STRING") {
      self.header = header
      self.name = name
      self.ladybugType = ladybugType
    }

    /// A model field's column, named by its attribute and typed by its values: whole
    /// numbers, booleans and lists of texts are typed; texts and records (JSON text) are
    /// strings.
    init(_ field: ModelField) {
      let name = field.attribute
      switch field.type {
      case .integer: self.init(name + ":int", name, "INT64")
      case .boolean: self.init(name + ":boolean", name, "BOOLEAN")
      case .decimal: self.init(name + ":double", name, "DOUBLE")
      case .texts: self.init(name + ":string[]", name, "STRING[]")
      case .text, .records, .record: self.init(name, name)
      }
    }

    var isArray: Bool { ladybugType.hasSuffix("[]") }
  }

  /// Writes the header line of `columns`, in this exporter's style.
  private func writeHeader(_ columns: [Column], to out: inout OutputBuffer) {
    var record = CSVRecord()
    for column in columns {
      record.add(headerStyle == .neo4j ? column.header : column.name, to: &out)
    }
    record.end(&out)
  }

  private static let suppressionColumns = [
    Column("suppressed_rules:string[]", "suppressed_rules", "STRING[]"),
    Column(.suppressions),
  ]

  private static func nodeColumns(_ kind: NodeKind) -> [Column] {
    let head = [Column("id:ID", ModelField.id.attribute), Column(":LABEL", "label")]
    switch kind {
    case .claim:
      return head + [.statement, .strength, .section, .note].map(Column.init)
        + suppressionColumns + [.article, .sameAs].map(Column.init)
    case .source:
      let fields: [ModelField] = [
        .sourceType, .title, .authors, .year, .venue, .doi, .pmid, .url, .methods, .listed,
        .mentionedAs, .note,
      ]
      return head + fields.map(Column.init) + suppressionColumns
    case .region, .receptor, .condition, .molecule, .intervention, .method, .structure:
      return head + [.name, .aliases, .category, .description].map(Column.init)
        + suppressionColumns
    case .article:
      return head + [.title, .textFile, .sections].map(Column.init) + suppressionColumns
    }
  }

  private static func edgeColumns(_ kind: EdgeKind) -> [Column] {
    let head = [
      Column(":START_ID", "start_id"), Column(":END_ID", "end_id"), Column(":TYPE", "type"),
      Column(ModelField.id.attribute, ModelField.id.attribute),
    ]
    let fields: [ModelField]
    switch kind {
    case .about, .sameAs, .inArticle: fields = [.strength]
    case .evidence: fields = [.strength, .stated]
    case .cites: fields = [.strength, .stance, .methods, .locator, .inferred]
    case .relation: fields = [.strength, .claim, .predicate]
    case .usesMethod: fields = []
    }
    let backs = kind == .cites ? [Column("backs:boolean", "backs", "BOOLEAN")] : []
    return head + fields.map(Column.init) + backs
  }

  // MARK: - Rows

  private func writeNodes(
    of kind: NodeKind, in selection: GraphSelection, to sink: inout some ExportSink
  ) throws {
    var out = OutputBuffer()
    writeHeader(Self.nodeColumns(kind), to: &out)
    let label = Self.label(of: kind)
    for node in selection.nodes(of: kind) {
      var record = CSVRecord()
      record.add(node.id.rawValue, to: &out)
      record.add(label, to: &out)
      switch node {
      case .claim(let claim):
        record.add(claim.statement, to: &out)
        record.add(claim.strength.rawValue, to: &out)
        record.add(claim.section, to: &out)
        record.add(claim.note, to: &out)
      case .source(let source):
        record.add(source.type?.rawValue, to: &out)
        record.add(source.title, to: &out)
        record.add(array: source.authors, to: &out)
        record.add(source.year, to: &out)
        record.add(source.venue, to: &out)
        record.add(source.doi, to: &out)
        record.add(source.pmid, to: &out)
        record.add(source.url, to: &out)
        record.add(array: source.methods.map(\.rawValue), to: &out)
        record.add(source.isListed, to: &out)
        record.add(source.mentionedAs, to: &out)
        record.add(source.note, to: &out)
      case .entity(let entity):
        record.add(entity.name, to: &out)
        record.add(array: entity.aliases, to: &out)
        record.add(entity.category, to: &out)
        record.add(entity.description, to: &out)
      case .article(let article):
        record.add(article.title, to: &out)
        record.add(selection.graph.text(ofArticle: article.id)?.path, to: &out)
        var sections = OutputBuffer(capacity: 256)
        JSONText.append(.array(article.sections.map(GraphAttributes.json(of:))), to: &sections)
        record.add(article.sections.isEmpty ? nil : sections.text, to: &out)
      }
      let suppressions = node.suppressions
      record.add(array: suppressions.map(\.rule.rawValue), to: &out)
      if suppressions.isEmpty {
        record.add(nil as String?, to: &out)
      } else {
        var json = OutputBuffer(capacity: 256)
        JSONText.append(.array(suppressions.map(GraphAttributes.json(of:))), to: &json)
        record.add(json.text, to: &out)
      }
      if case .claim(let claim) = node {
        record.add(claim.article, to: &out)
        record.add(array: claim.sameAs.map(\.rawValue), to: &out)
      }
      record.end(&out)
      try out.flushIfFull(to: &sink)
    }
    try out.flush(to: &sink)
  }

  private func writeEdges(
    of kind: EdgeKind, in selection: GraphSelection, to sink: inout some ExportSink
  ) throws {
    var out = OutputBuffer()
    writeHeader(Self.edgeColumns(kind), to: &out)
    let type = Self.type(of: kind)
    for edge in selection.edges where edge.kind == kind {
      var record = CSVRecord()
      record.add(edge.source.rawValue, to: &out)
      record.add(edge.target.rawValue, to: &out)
      record.add(type, to: &out)
      record.add(edge.id, to: &out)
      switch kind {
      case .about, .sameAs, .inArticle:
        record.add(edge.strength?.rawValue, to: &out)
      case .evidence:
        record.add(edge.strength?.rawValue, to: &out)
        record.add(edge.isStated, to: &out)
      case .cites:
        record.add(edge.strength?.rawValue, to: &out)
        record.add(edge.stance?.rawValue, to: &out)
        record.add(array: edge.methods.map(\.rawValue), to: &out)
        record.add(edge.locator, to: &out)
        record.add(edge.isInferred, to: &out)
        record.add(edge.isBacking, to: &out)
      case .relation:
        record.add(edge.strength?.rawValue, to: &out)
        record.add(edge.claim?.rawValue, to: &out)
        record.add(edge.predicate, to: &out)
      case .usesMethod:
        break
      }
      record.end(&out)
      try out.flushIfFull(to: &sink)
    }
    try out.flush(to: &sink)
  }

  // MARK: - LadybugDB

  /// The LadybugDB script written beside the CSV files: the schema (one node table per
  /// kind, one relationship table per edge kind) and a `COPY` per table that reads the CSV
  /// files above, with relative paths, so it runs from inside the folder.
  ///
  /// LadybugDB is the maintained fork of Kùzu (archived in October 2025). It names properties as the plain headers do (`year`, `aliases`), whichever
  /// ``HeaderStyle`` the files have (the script names the columns itself and skips the
  /// header line), splits the `;` arrays, and reads the files without parallelism (needed
  /// for quoted line breaks). A relationship table between several pairs of node tables
  /// gets one `COPY` per pair, each taking the rows whose ends are in that pair's tables
  /// (found by a `MATCH` on each end that varies between pairs).
  public static let ladybugScript: String = {
    var lines = [
      "// LadybugDB schema and loading for a folder written by `claimgraph export --format neo4j-csv`.",
      "// Run it from inside the folder (the COPY paths are relative), one statement at a time:",
      "//   python3 -c \"import ladybug; c = ladybug.Connection(ladybug.Database('graph.lbug'));"
        + " [c.execute(s) for s in open('ladybug.cypher').read().split(';\\n') if s.strip()]\"",
      "",
    ]
    let entities = NodeKind.entityKinds.map(label(of:))
    for kind in NodeKind.allCases {
      let columns = nodeColumns(kind).filter { $0.name != "label" }
      let properties = columns.map { column in
        column.name + " " + column.ladybugType
          + (column.name == ModelField.id.attribute ? " PRIMARY KEY" : "")
      }
      lines.append(
        "CREATE NODE TABLE \(label(of: kind))(\(properties.joined(separator: ", ")));")
    }
    func pairs(_ kind: EdgeKind) -> [(from: String, to: String)] {
      switch kind {
      case .about: entities.map { ("Claim", $0) }
      case .cites: [("Claim", "Source")]
      case .relation: entities.flatMap { from in entities.map { (from, $0) } }
      case .evidence: [("Claim", "Method")]
      case .usesMethod: [("Source", "Method")]
      case .sameAs: [("Claim", "Claim")]
      case .inArticle: [("Claim", "Article")]
      }
    }
    for kind in EdgeKind.allCases {
      let properties = edgeColumns(kind).dropFirst(3).map { "\($0.name) \($0.ladybugType)" }
      let ends = pairs(kind).map { "FROM \($0.from) TO \($0.to)" }
      lines.append(
        "CREATE REL TABLE \(type(of: kind))(\((ends + properties).joined(separator: ", ")));")
    }
    func load(_ columns: [Column], file: String) -> String {
      let declared = columns.map { column in
        "\(column.name) \(column.isArray ? "STRING" : column.ladybugType)"
      }
      return "LOAD WITH HEADERS (\(declared.joined(separator: ", "))) FROM '\(file)' "
        + "(header=true, parallel=false)"
    }
    func values(_ columns: [Column]) -> String {
      columns.map { $0.isArray ? "string_split(\($0.name), ';')" : $0.name }
        .joined(separator: ", ")
    }
    for kind in NodeKind.allCases {
      let columns = nodeColumns(kind)
      let kept = columns.filter { $0.name != "label" }
      lines.append(
        "COPY \(label(of: kind)) FROM (\(load(columns, file: kind.plural + ".csv")) "
          + "RETURN \(values(kept)));")
    }
    for kind in EdgeKind.allCases {
      let columns = edgeColumns(kind)
      let kept = columns.filter { $0.name != "type" }
      let all = pairs(kind)
      for (from, to) in all {
        var query = load(columns, file: kind.rawValue + ".csv")
        // Keep the rows whose varying ends are in this pair's tables: one MATCH per
        // varying end, each on its own (LadybugDB then looks each id up in the table's
        // primary-key index; one MATCH of both ends would pair every row with both tables).
        var matches: [String] = []
        if Set(all.map(\.from)).count > 1 { matches.append("MATCH (a:\(from) {id: start_id})") }
        if Set(all.map(\.to)).count > 1 { matches.append("MATCH (b:\(to) {id: end_id})") }
        if !matches.isEmpty { query += " " + matches.joined(separator: " WITH * ") }
        query += " RETURN \(values(kept))"
        let options = all.count > 1 ? " (from='\(from)', to='\(to)')" : ""
        lines.append("COPY \(type(of: kind)) FROM (\(query))\(options);")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }()
}
