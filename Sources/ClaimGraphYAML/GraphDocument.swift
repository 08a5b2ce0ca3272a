import ClaimGraph

/// What one YAML file contributes to a graph, with locations and problems.
struct GraphFragment: Sendable {
  /// The file the fragment was read from; nil for problems found before reading any.
  var file: String?
  var article: (value: Article, location: SourceLocation)?
  /// The article's text file as `text:` names it, and where it is named.
  var textFile: (path: String, location: SourceLocation)?
  /// The passages of the text that state no claim.
  var unclaimed: [UnclaimedPassage] = []
  var sections: [(value: Section, location: SourceLocation)] = []
  var claims: [Claim] = []
  var sources: [Source] = []
  var entities: [Entity] = []
  /// Where each node of this file is defined, in file order.
  var definitions: [(id: NodeID, location: SourceLocation)] = []
  var sourceMap = SourceMap()
  var diagnostics: [Diagnostic] = []
  /// Suppressions refused for want of a reason; their rule is still checked.
  var rejectedSuppressions: [LoadedGraph.RejectedSuppression] = []
}

/// Turns one parsed YAML document into a ``GraphFragment``.
struct GraphDocument {
  // MARK: - The authoring format
  //
  // Every mapping a graph file may hold, with its keys: the reader accepts exactly these,
  // and the authors' JSON Schema is generated from them (`FieldTable`).

  static let quote = FieldTable(
    of: .quote, "a quote",
    [
      .init(.exact, .text, required: true, "The words of the article, exactly."),
      .init(.prefix, .text, "Words just before, to pick one of several occurrences."),
      .init(.suffix, .text, "Words just after, to pick one of several occurrences."),
    ])
  static let suppression = FieldTable(
    "suppression", "a suppression",
    [
      .init(.rule, .text, required: true, "The id of the lint rule silenced for this node."),
      .init(.reason, .text, required: true, "Why, in words reviewers can judge."),
    ])
  static let article = FieldTable(
    of: .article, "the article",
    [
      .init(.id, .text, required: true, "The article's id (names the exports)."),
      .init(.title, .text, required: true, "The article's title, as its text gives it."),
      .init(.textFile, .text, "The article's text file, relative to this file's folder."),
    ])
  static let section = FieldTable(
    "section", "a section",
    [
      .init(.id, .text, required: true, "The section's id, which claims name in `section`."),
      .init(.title, .text, required: true, "Its heading, as the text gives it."),
    ])
  static let unclaimed = FieldTable(
    of: .unclaimed, "an unclaimed passage",
    [
      .init(.quote, .quotes(quote), required: true, "The passage, quoted from the text."),
      .init(.reason, .text, required: true, "Why it states no claim."),
    ])
  static let relation = FieldTable(
    "relation", "a relation",
    [
      .init(.subject, .identifier, required: true, "The entity the relation starts from."),
      .init(.predicate, .identifier, required: true, "What it asserts, kebab-case (`binds`)."),
      .init(.object, .identifier, required: true, "The entity it points to."),
    ])
  static let citation = FieldTable(
    "citation", "a citation",
    [
      .init(.source, .identifier, required: true, "The id of the cited source."),
      .init(
        .methods, .identifiers,
        "Evidence methods of this citation; absent means the source's, `[]` means none."),
      .init(
        .stance, .choice(Stance.allCases.map(\.rawValue)),
        "How the source bears on the claim (default `supports`)."),
      .init(.locator, .text, "Where in the source (a page, a figure)."),
      .init(.quote, .quotes(quote), "Where the article invokes the source for the claim."),
      .init(.inferred, .boolean, "True when the text does not make the citation."),
    ])
  static let evidence = FieldTable(
    of: .evidence, "stated evidence",
    [
      .init(
        .method, .identifier, required: true,
        "The id of the evidence method the claim's sentence describes."),
      .init(
        .quote, .quotes(quote), required: true,
        "The words of the article that describe it (no study named)."),
    ])
  static let claim = FieldTable(
    "claim", "a claim",
    [
      .init(.id, .identifier, required: true, "A stable kebab-case id, unique in the graph."),
      .init(.statement, .text, required: true, "The claim in the graph's own words."),
      .init(
        .strength, .choice(EvidenceStrength.allCases.map(\.rawValue)), required: true,
        "How firmly the article states it."),
      .init(.section, .text, required: true, "The id of the article section it sits in."),
      .init(.quote, .quotes(quote), "The fragment(s) of the article that state it."),
      .init(.about, .identifiers, "The entities it is about."),
      .init(.relations, .list(relation), "Typed relations between entities it asserts."),
      .init(.citations, .list(citation), "The sources it rests on, and how."),
      .init(
        .evidence, .list(evidence),
        "How its own sentence says it was shown without naming a study (a method, quoted); "
          + "counts for `method:` queries, but is no citation."),
      .init(.note, .text, "A note, e.g. on studies the text invokes without a source."),
      .init(.suppressions, .list(suppression), "Lint rules silenced for this claim, with reasons."),
      .init(
        .sameAs, .identifierOrList,
        "Claims (usually of other articles) this claim restates in other words; one id or a "
          + "list."),
    ])
  static let enrichment = FieldTable(
    of: .enrichment, "an enrichment",
    [
      .init(.authors, .texts, "The authors as the publication lists them."),
      .init(.venue, .text, "The journal or publisher."),
      .init(.doi, .text, "The DOI; never invented."),
      .init(.pmid, .text, "The PubMed id."),
      .init(.url, .text, "A link to the publication."),
      .init(.note, .text, "Where these details come from."),
    ])
  static let source = FieldTable(
    "source", "a source",
    [
      .init(.id, .identifier, required: true, "A stable kebab-case id, unique in the graph."),
      .init(
        .sourceType, .choice(SourceType.allCases.map(\.rawValue)), required: true,
        "What kind of publication it is."),
      .init(.title, .text, required: true, "The publication's title."),
      .init(.authors, .texts, "The authors, as the article gives them."),
      .init(.year, .integer, "The year of publication."),
      .init(.venue, .text, "The journal or publisher."),
      .init(.doi, .text, "The DOI; never invented."),
      .init(.pmid, .text, "The PubMed id."),
      .init(.url, .text, "A link to the publication."),
      .init(.methods, .identifiers, "The evidence methods of the study."),
      .init(.listed, .boolean, "Whether the article's reference list has it (default true)."),
      .init(.mentionedAs, .text, "How the text invokes an unlisted source."),
      .init(.quote, .quotes(quote), "The source's entry in the article's reference list."),
      .init(.enrichment, .mapping(enrichment), "Details from outside the article."),
      .init(.note, .text, "A note for reviewers."),
      .init(
        .suppressions, .list(suppression), "Lint rules silenced for this source, with reasons."),
    ])
  static let entity = FieldTable(
    "entity", "an entity",
    [
      .init(.id, .identifier, required: true, "A stable kebab-case id, unique in the graph."),
      .init(.name, .text, required: true, "The entity's name."),
      .init(.aliases, .texts, "Other names the text or readers use."),
      .init(.category, .text, "A finer grouping within its kind."),
      .init(.description, .text, "A short description."),
      .init(
        .suppressions, .list(suppression), "Lint rules silenced for this entity, with reasons."),
    ])
  static let file = FieldTable(
    "graph-file", "a graph file",
    [
      .init(.article, .mapping(article), "The article this folder holds."),
      .init(.sections, .list(section), "The article's sections, in reading order."),
      .init(.unclaimed, .list(unclaimed), "Passages of the text that state no claim."),
      .init(.claims, .list(claim), "Claims: what the article states, anchored in its text."),
      .init(.sources, .list(source), "Sources: the studies the article cites or invokes."),
    ]
      + NodeKind.entityKinds.map { kind in
        .init(
          ModelField(kind.plural, type: .records), .list(entity),
          "Entities of kind `\(kind.rawValue)`.")
      })

  typealias Node = LocatedYAML.Node

  private let reader: LocatedYAML
  private var fragment = GraphFragment()
  /// Where the fields of the node being read are, handed to the source map in one go when
  /// the node is done (one map update per node, and arrays of the exact size).
  private var fieldLocations: [(path: FieldPath, location: SourceLocation)] = []

  private init(reader: LocatedYAML) { self.reader = reader }

  /// Reads a parsed document (nil for an empty stream).
  static func read(_ tree: YAMLTree?, file: String) -> GraphFragment {
    guard let tree, let root = tree.root, !LocatedYAML(file: file, tree: tree).isNull(root) else {
      var fragment = GraphFragment()
      fragment.diagnostics.append(
        InputRule.emptyFile.diagnostic(
          "the file holds no data", at: SourceLocation(file: file, line: 1, column: 1)))
      return fragment
    }
    let reader = LocatedYAML(file: file, tree: tree)
    var document = GraphDocument(reader: reader)
    document.readTopLevel(root)
    document.fragment.diagnostics = reader.diagnostics
    return document.fragment
  }

  private mutating func readTopLevel(_ root: Node) {
    guard let fields = reader.mapping(root, Self.file.what, allowed: Self.file.keys) else {
      return
    }
    // A list left empty (`claims:` with only comments under it) is an empty list.
    for (key, _, value) in fields.values {
      switch key {
      case ModelField.article.key: readArticle(value)
      case ModelField.unclaimed.key:
        for item in reader.sequence(fields, key) { readUnclaimed(item) }
      case ModelField.sections.key:
        for item in reader.sequence(fields, key) { readSection(item) }
      case ModelField.claims.key:
        for item in reader.sequence(fields, key) { readClaim(item) }
      case ModelField.sources.key:
        for item in reader.sequence(fields, key) { readSource(item) }
      default:
        guard let kind = NodeKind.entityKinds.first(where: { $0.plural == key }) else { continue }
        for item in reader.sequence(fields, key) { readEntity(item, kind: kind) }
      }
    }
  }

  // MARK: - Article and sections

  private mutating func readArticle(_ node: Node) {
    let what = Self.article.what
    guard let fields = reader.mapping(node, what, allowed: Self.article.keys),
      let id = reader.string(fields, .id, in: what, required: true),
      let title = reader.string(fields, .title, in: what, required: true)
    else { return }
    fragment.article = (Article(id: id, title: title), reader.location(node))
    if let path = reader.string(fields, .textFile, in: what), let value = fields[.textFile] {
      fragment.textFile = (path, reader.location(value))
    }
  }

  private mutating func readUnclaimed(_ node: Node) {
    let what = Self.unclaimed.what
    guard let fields = reader.mapping(node, what, allowed: Self.unclaimed.keys) else { return }
    let reason = reader.string(fields, .reason, in: what, required: true)
    guard let quoteNode = fields[.quote] else {
      reader.missing(.quote, in: what, fields: fields, id: nil)
      return
    }
    let quotes = readQuotes(quoteNode, owner: nil)
    if let reason, reason.allSatisfy(\.isWhitespace), let reasonNode = fields[.reason] {
      reader.report(
        InputRule.invalidValue, "an unclaimed passage needs a reason that reviewers can judge",
        at: reasonNode)
      return
    }
    guard let reason else { return }
    for (quote, quoteNode) in quotes {
      fragment.unclaimed.append(
        UnclaimedPassage(quote: quote, reason: reason, location: reader.location(quoteNode)))
    }
  }

  /// Reads a `quote:` value: one text, a list of texts, or a list of mappings with
  /// `exact` and optional `prefix` and `suffix`; each quote with where it is written.
  private func readQuotes(_ node: Node, owner: NodeID?) -> [(TextQuote, Node)] {
    if reader.isNull(node) { return [] }
    let items: [Node]
    if reader.isSequence(node) {
      items = reader.sequence(node, key: .quote, id: owner)
    } else {
      items = [node]
    }
    return items.compactMap { item -> (TextQuote, Node)? in
      let what = Self.quote.what
      if reader.isMapping(item) {
        guard let fields = reader.mapping(item, what, allowed: Self.quote.keys, id: owner),
          let exact = reader.string(fields, .exact, in: what, required: true, id: owner)
        else { return nil }
        return checked(
          TextQuote(
            exact, prefix: reader.string(fields, .prefix, in: what, id: owner),
            suffix: reader.string(fields, .suffix, in: what, id: owner)), item, owner: owner)
      }
      guard let exact = reader.string(item, key: .quote, id: owner) else { return nil }
      return checked(TextQuote(exact), item, owner: owner)
    }
  }

  /// The quote, unless its text is blank (reported).
  private func checked(_ quote: TextQuote, _ node: Node, owner: NodeID?) -> (
    TextQuote, Node
  )? {
    guard quote.exact.allSatisfy(\.isWhitespace) else { return (quote, node) }
    reader.report(
      InputRule.invalidValue, "a quote must hold some words of the article", at: node, id: owner)
    return nil
  }

  private mutating func readSection(_ node: Node) {
    let what = Self.section.what
    guard let fields = reader.mapping(node, what, allowed: Self.section.keys),
      let id = reader.string(fields, .id, in: what, required: true),
      let title = reader.string(fields, .title, in: what, required: true)
    else { return }
    fragment.sections.append((Section(id: id, title: title), reader.location(node)))
  }

  // MARK: - Nodes

  /// Reads the `id` of a node mapping and records where the node and its fields are.
  private mutating func identify(_ fields: LocatedYAML.Fields, _ what: String) -> NodeID? {
    guard let text = reader.string(fields, .id, in: what, required: true),
      let idNode = fields[.id]
    else { return nil }
    let id = reader.identifier(text, at: idNode, key: .id, owner: nil)
    reader.reading(what, id: id)
    let location = reader.location(fields.node)
    fragment.definitions.append((id, location))
    fragment.sourceMap.record(location, for: id)
    fieldLocations.removeAll(keepingCapacity: true)
    for (key, _, value) in fields.values { record(value, FieldPath(key)) }
    return id
  }

  /// Notes where a field of the node being read is written.
  private mutating func record(_ node: Node, _ field: FieldPath) {
    fieldLocations.append((field, reader.location(node)))
  }

  /// Records the field locations of a node that has been read.
  private mutating func finish(_ id: NodeID) {
    fragment.sourceMap.record(fieldLocations, for: id)
    fieldLocations.removeAll(keepingCapacity: true)
  }

  private mutating func readClaim(_ node: Node) {
    let what = Self.claim.what
    guard let fields = reader.mapping(node, what, allowed: Self.claim.keys),
      let id = identify(fields, what)
    else { return }
    defer { finish(id) }
    let statement = reader.string(fields, .statement, in: what, required: true, id: id)
    let strength = reader.choice(
      fields, .strength, in: what, required: true, id: id, as: EvidenceStrength.self)
    let section = reader.string(fields, .section, in: what, required: true, id: id)
    var quotes: [TextQuote] = []
    if let quoteNode = fields[.quote] {
      for (offset, (quote, item)) in readQuotes(quoteNode, owner: id).enumerated() {
        quotes.append(quote)
        record(item, FieldPath(.quote, index: offset))
      }
    }
    let about = reader.identifiers(fields, .about, id: id)
    for (offset, (_, item)) in about.enumerated() {
      record(item, FieldPath(.about, index: offset))
    }
    // `same_as: ID` or `same_as: [ID, …]`.
    var sameAs: [(NodeID, Node)] = []
    if let value = fields[.sameAs], !reader.isSequence(value) {
      if let text = reader.string(fields, .sameAs, in: what, id: id) {
        sameAs = [(reader.identifier(text, at: value, key: .sameAs, owner: id), value)]
      }
    } else {
      sameAs = reader.identifiers(fields, .sameAs, id: id)
    }
    for (offset, (_, item)) in sameAs.enumerated() {
      record(item, FieldPath(.sameAs, index: offset))
    }

    var relations: [Relation] = []
    for (offset, item) in reader.sequence(fields, .relations, id: id).enumerated() {
      if let relation = readRelation(item, owner: id, index: offset) {
        relations.append(relation)
      }
    }
    var citations: [Citation] = []
    for (offset, item) in reader.sequence(fields, .citations, id: id).enumerated() {
      if let citation = readCitation(item, owner: id, index: offset) {
        citations.append(citation)
      }
    }
    var evidence: [StatedEvidence] = []
    for item in reader.sequence(fields, .evidence, id: id) {
      if let stated = readEvidence(item, owner: id, index: evidence.count) {
        evidence.append(stated)
      }
    }
    fragment.claims.append(
      Claim(
        id: id, statement: statement ?? "", strength: strength ?? .uncertain, section: section,
        about: about.map(\.0), relations: relations, citations: citations,
        note: reader.string(fields, .note, in: what, id: id),
        suppressions: readSuppressions(fields, owner: id), quotes: quotes,
        sameAs: sameAs.map(\.0), evidence: evidence))
  }

  /// Reads one entry of a claim's `evidence:` list (`method` and `quote`, both required),
  /// recorded at its place among the entries read.
  private mutating func readEvidence(_ node: Node, owner: NodeID, index: Int) -> StatedEvidence? {
    let what = Self.evidence.what
    guard let fields = reader.mapping(node, what, allowed: Self.evidence.keys, id: owner) else {
      return nil
    }
    let method = reader.string(fields, .method, in: what, required: true, id: owner)
    var quotes: [(TextQuote, Node)] = []
    if let quoteNode = fields[.quote], !reader.isNull(quoteNode) {
      quotes = readQuotes(quoteNode, owner: owner)
      if reader.isSequence(quoteNode), Array(reader.tree.children(of: quoteNode)).isEmpty {
        reader.report(
          InputRule.invalidValue,
          "stated evidence must quote the words of the article that describe it", at: quoteNode,
          id: owner)
      }
    } else {
      reader.missing(.quote, in: what, fields: fields, id: owner)
    }
    guard let method, let methodNode = fields[.method], !quotes.isEmpty else { return nil }
    record(node, FieldPath(.evidence, index: index))
    record(methodNode, FieldPath(.evidence, index: index, member: .method))
    for (offset, (_, item)) in quotes.enumerated() {
      record(item, FieldPath(.evidence, index: index, member: .quote, memberIndex: offset))
    }
    return StatedEvidence(
      method: reader.identifier(method, at: methodNode, key: .method, owner: owner),
      quotes: quotes.map(\.0))
  }

  private mutating func readRelation(_ node: Node, owner: NodeID, index: Int) -> Relation? {
    let what = Self.relation.what
    guard let fields = reader.mapping(node, what, allowed: Self.relation.keys, id: owner) else {
      return nil
    }
    record(node, FieldPath(.relations, index: index))
    var ends: [NodeID] = []
    for end in [ModelField.subject, .object] {
      guard let text = reader.string(fields, end, in: what, required: true, id: owner),
        let value = fields[end]
      else { continue }
      ends.append(reader.identifier(text, at: value, key: end, owner: owner))
      record(value, FieldPath(.relations, index: index, member: end))
    }
    let predicate = reader.string(fields, .predicate, in: what, required: true, id: owner)
    if let predicate, let value = fields[.predicate], !NodeID(predicate).isKebabCase {
      reader.report(
        InputRule.invalidValue,
        "predicate '\(predicate)' must be kebab-case (e.g. 'binds', 'precursor-of')", at: value,
        id: owner)
    }
    guard ends.count == 2, let predicate else { return nil }
    return Relation(subject: ends[0], predicate: predicate, object: ends[1])
  }

  private mutating func readCitation(_ node: Node, owner: NodeID, index: Int) -> Citation? {
    let what = Self.citation.what
    guard let fields = reader.mapping(node, what, allowed: Self.citation.keys, id: owner) else {
      return nil
    }
    record(node, FieldPath(.citations, index: index))
    guard let text = reader.string(fields, .source, in: what, required: true, id: owner),
      let sourceNode = fields[.source]
    else { return nil }
    record(sourceNode, FieldPath(.citations, index: index, member: .source))
    let methods = reader.identifiers(fields, .methods, id: owner)
    for (offset, (_, item)) in methods.enumerated() {
      record(
        item, FieldPath(.citations, index: index, member: .methods, memberIndex: offset))
    }
    if let stanceNode = fields[.stance] {
      record(stanceNode, FieldPath(.citations, index: index, member: .stance))
    }
    var quotes: [TextQuote] = []
    if let quoteNode = fields[.quote] {
      for (offset, (quote, item)) in readQuotes(quoteNode, owner: owner).enumerated() {
        quotes.append(quote)
        record(item, FieldPath(.citations, index: index, member: .quote, memberIndex: offset))
      }
    }
    let isInferred = reader.boolean(fields, .inferred, id: owner) ?? false
    if isInferred, !quotes.isEmpty, let node = fields[.inferred] {
      reader.report(
        InputRule.invalidValue,
        "a citation with a quote is made by the text, so it is not inferred; remove "
          + "`inferred: true` or the quote", at: node, id: owner)
    }
    // An absent (or null) `methods` means "the source's"; an empty list means "none".
    let hasMethods = fields[.methods].map { !reader.isNull($0) } ?? false
    return Citation(
      source: reader.identifier(text, at: sourceNode, key: .source, owner: owner),
      methods: hasMethods ? methods.map(\.0) : nil,
      stance: reader.choice(fields, .stance, in: what, id: owner, as: Stance.self) ?? .supports,
      locator: reader.string(fields, .locator, in: what, id: owner), quotes: quotes,
      isInferred: isInferred)
  }

  private mutating func readSuppressions(_ fields: LocatedYAML.Fields, owner: NodeID)
    -> [Suppression]
  {
    let what = Self.suppression.what
    var accepted: [Suppression] = []
    for item in reader.sequence(fields, .suppressions, id: owner) {
      guard let entry = reader.mapping(item, what, allowed: Self.suppression.keys, id: owner),
        let rule = reader.string(entry, .rule, in: what, required: true, id: owner)
      else { continue }
      let reason = reader.string(entry, .reason, in: what, required: true, id: owner)
      guard let reason, !reason.allSatisfy(\.isWhitespace) else {
        if reason != nil, let node = entry[.reason] {
          reader.report(
            InputRule.invalidValue, "a suppression needs a reason that reviewers can judge",
            at: node, id: owner)
        }
        fragment.rejectedSuppressions.append(
          .init(node: owner, rule: RuleID(rawValue: rule), location: reader.location(item)))
        continue
      }
      // Recorded by its place among the accepted suppressions, which is how the linter
      // names it, so that a finding about it points at its own line.
      record(item, FieldPath(.suppressions, index: accepted.count))
      accepted.append(Suppression(rule: RuleID(rawValue: rule), reason: reason))
    }
    return accepted
  }

  private mutating func readSource(_ node: Node) {
    let what = Self.source.what
    guard let fields = reader.mapping(node, what, allowed: Self.source.keys),
      let id = identify(fields, what)
    else { return }
    defer { finish(id) }
    let methods = reader.identifiers(fields, .methods, id: id)
    for (offset, (_, item)) in methods.enumerated() {
      record(item, FieldPath(.methods, index: offset))
    }
    let authors = reader.strings(fields, .authors, id: id)
    for (offset, (_, item)) in authors.enumerated() {
      record(item, FieldPath(.authors, index: offset))
    }
    var quotes: [TextQuote] = []
    if let quoteNode = fields[.quote] {
      for (offset, (quote, item)) in readQuotes(quoteNode, owner: id).enumerated() {
        quotes.append(quote)
        record(item, FieldPath(.quote, index: offset))
      }
    }
    fragment.sources.append(
      Source(
        id: id,
        type: reader.choice(
          fields, .sourceType, in: what, required: true, id: id, as: SourceType.self),
        title: reader.string(fields, .title, in: what, required: true, id: id) ?? "",
        authors: authors.map(\.0),
        year: reader.integer(fields, .year, id: id),
        venue: reader.string(fields, .venue, in: what, id: id),
        doi: reader.string(fields, .doi, in: what, id: id),
        pmid: reader.string(fields, .pmid, in: what, id: id),
        url: reader.string(fields, .url, in: what, id: id),
        methods: methods.map(\.0),
        isListed: reader.boolean(fields, .listed, id: id) ?? true,
        mentionedAs: reader.string(fields, .mentionedAs, in: what, id: id),
        note: reader.string(fields, .note, in: what, id: id),
        suppressions: readSuppressions(fields, owner: id), quotes: quotes,
        enrichment: fields[.enrichment].flatMap { readEnrichment($0, owner: id) }))
  }

  private func readEnrichment(_ node: Node, owner: NodeID) -> SourceEnrichment? {
    let what = Self.enrichment.what
    guard !reader.isNull(node),
      let fields = reader.mapping(node, what, allowed: Self.enrichment.keys, id: owner)
    else { return nil }
    let enrichment = SourceEnrichment(
      authors: reader.strings(fields, .authors, id: owner).map(\.0),
      venue: reader.string(fields, .venue, in: what, id: owner),
      doi: reader.string(fields, .doi, in: what, id: owner),
      pmid: reader.string(fields, .pmid, in: what, id: owner),
      url: reader.string(fields, .url, in: what, id: owner),
      note: reader.string(fields, .note, in: what, id: owner))
    return enrichment.isEmpty ? nil : enrichment
  }

  private mutating func readEntity(_ node: Node, kind: NodeKind) {
    let what = "a \(kind.rawValue)"
    guard let fields = reader.mapping(node, what, allowed: Self.entity.keys),
      let id = identify(fields, what)
    else { return }
    defer { finish(id) }
    fragment.entities.append(
      Entity(
        id: id, kind: kind,
        name: reader.string(fields, .name, in: what, required: true, id: id) ?? id.rawValue,
        aliases: reader.strings(fields, .aliases, id: id).map(\.0),
        category: reader.string(fields, .category, in: what, id: id),
        description: reader.string(fields, .description, in: what, id: id),
        suppressions: readSuppressions(fields, owner: id)))
  }
}

// MARK: - Look-ups by model field

extension LocatedYAML {
  // The reader names every key by its model field (``ClaimGraph/ModelField``); these look
  // it up by the field's YAML key.

  fileprivate func string(
    _ fields: Fields, _ field: ModelField, in what: String, required: Bool = false,
    id: NodeID? = nil
  ) -> String? {
    string(fields, field.key, in: what, required: required, id: id)
  }

  fileprivate func string(_ node: Node, key field: ModelField, id: NodeID? = nil) -> String? {
    string(node, key: field.key, id: id)
  }

  fileprivate func integer(_ fields: Fields, _ field: ModelField, id: NodeID? = nil) -> Int? {
    integer(fields, field.key, id: id)
  }

  fileprivate func boolean(_ fields: Fields, _ field: ModelField, id: NodeID? = nil) -> Bool? {
    boolean(fields, field.key, id: id)
  }

  fileprivate func choice<Value: RawRepresentable & CaseIterable>(
    _ fields: Fields, _ field: ModelField, in what: String, required: Bool = false,
    id: NodeID? = nil, as type: Value.Type
  ) -> Value? where Value.RawValue == String {
    choice(fields, field.key, in: what, required: required, id: id, as: type)
  }

  fileprivate func sequence(_ fields: Fields, _ field: ModelField, id: NodeID? = nil) -> [Node] {
    sequence(fields, field.key, id: id)
  }

  fileprivate func sequence(_ node: Node, key field: ModelField, id: NodeID? = nil) -> [Node] {
    sequence(node, key: field.key, id: id)
  }

  fileprivate func strings(_ fields: Fields, _ field: ModelField, id: NodeID? = nil) -> [(
    String, Node
  )] {
    strings(fields, field.key, id: id)
  }

  fileprivate func identifiers(_ fields: Fields, _ field: ModelField, id: NodeID? = nil) -> [(
    NodeID, Node
  )] {
    identifiers(fields, field.key, id: id)
  }

  fileprivate func identifier(
    _ text: String, at node: Node, key field: ModelField, owner: NodeID?
  ) -> NodeID {
    identifier(text, at: node, key: field.key, owner: owner)
  }

  fileprivate func missing(_ field: ModelField, in what: String, fields: Fields, id: NodeID?) {
    missing(field.key, in: what, fields: fields, id: id)
  }
}

extension LocatedYAML.Fields {
  /// The value of the field's key, if the mapping has it.
  fileprivate subscript(field: ModelField) -> LocatedYAML.Node? { self[field.key] }
}
