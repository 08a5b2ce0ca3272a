/// One field of the model, declared once with every name the files give it: the key authors
/// write in YAML (and output JSON's key), the attribute's name in GraphML, GEXF and
/// node-link JSON, and the type of its value there.
///
/// Every reader and writer names a field through its descriptor (`.mentionedAs`), never by
/// spelling it: the YAML reader and the authors' JSON Schema through the authoring
/// format's tables (`FieldTable` in ClaimGraphYAML), the GraphML, GEXF and node-link JSON
/// readers and writers through their attribute table (`GraphAttributes` in
/// ClaimGraphFormats), which also says which kinds of node (or the edges, or the graph)
/// carry each attribute and how to read it from the model; the Neo4j CSV columns and the
/// commands' JSON output name their members by it too. So a field is renamed in one line,
/// and `grep` finds each name in one declaration.
///
/// A field that several parts of the model have (`note` on claims, sources and
/// enrichments; `quote` on claims, sources, citations and stated evidence) is one
/// descriptor: the names are the same wherever it appears. Names are snake_case.
package struct ModelField: Hashable, Sendable {
  /// The type of a field's value in graph files.
  package enum ValueType: Sendable {
    /// A text (also any scalar written for a text).
    case text
    /// A whole number.
    case integer
    /// `true` or `false`.
    case boolean
    /// A decimal number.
    case decimal
    /// A list of texts (ids, names): one JSON text in XML formats, a JSON list in node-link
    /// JSON, a list property in property graphs.
    case texts
    /// A list of records: one JSON text in XML formats and property graphs, a JSON list in
    /// node-link JSON.
    case records
    /// A record (an object): one JSON text in XML formats, a JSON object in node-link JSON.
    case record
  }

  /// The key authors write in YAML, and the key of the commands' JSON output
  /// (`mentioned_as`, `type`).
  package let key: String
  /// The attribute's name in GraphML, GEXF and node-link JSON (`mentioned_as`,
  /// `source_type`); the key unless the key would be ambiguous among a node's attributes.
  package let attribute: String
  /// The type of its value in graph files.
  package let type: ValueType

  /// A field written `key` in YAML and `attribute` (by default the key) in graph files.
  package init(_ key: String, attribute: String? = nil, type: ValueType = .text) {
    self.key = key
    self.attribute = attribute ?? key
    self.type = type
  }
}

// MARK: - Nodes

extension ModelField {
  /// A node's id (a claim's, a source's, an entity's), an article's or a section's id; in
  /// node-link JSON the member that names the node or edge.
  package static let id = ModelField("id")
  /// A source's, an article's or a section's title.
  package static let title = ModelField("title")
  /// An entity's name in YAML; in graph files the node's id again, for every kind of node,
  /// as igraph looks vertices up (an entity's name is its `label` there).
  package static let name = ModelField("name")
  /// A note for reviewers (on claims, sources and a source's enrichment).
  package static let note = ModelField("note")
  /// The passages of the article a claim, a source, a citation or stated evidence quotes.
  package static let quote = ModelField("quote", type: .records)
  /// The lint rules silenced for a node, each with a reason.
  package static let suppressions = ModelField(
    "suppress", attribute: "suppressions", type: .records)

  // MARK: Claims

  /// A claim in the graph's own words.
  package static let statement = ModelField("statement")
  /// How firmly the article states a claim (and, on an edge, the strength of its claim).
  package static let strength = ModelField("strength")
  /// The id of the article section a claim sits in.
  package static let section = ModelField("section")
  /// The entities a claim is about.
  package static let about = ModelField("about", type: .texts)
  /// The typed relations between entities a claim asserts.
  package static let relations = ModelField("relations", type: .records)
  /// The sources a claim rests on, and how.
  package static let citations = ModelField("citations", type: .records)
  /// The evidence a claim's own sentence describes without naming a study.
  package static let evidence = ModelField("evidence", type: .records)
  /// The claims (of other articles) a claim restates.
  package static let sameAs = ModelField("same_as", type: .texts)
  /// The article a claim belongs to (in YAML, a graph file's article mapping).
  package static let article = ModelField("article")

  // MARK: Sources

  /// What kind of publication a source is.
  package static let sourceType = ModelField("type", attribute: "source_type")
  /// The authors, as the article (or an enrichment) gives them.
  package static let authors = ModelField("authors", type: .texts)
  /// The year of publication.
  package static let year = ModelField("year", type: .integer)
  /// The journal or publisher.
  package static let venue = ModelField("venue")
  /// The DOI.
  package static let doi = ModelField("doi")
  /// The PubMed id.
  package static let pmid = ModelField("pmid")
  /// A link to the publication.
  package static let url = ModelField("url")
  /// The evidence methods of a source or a citation (on a `cites` edge too).
  package static let methods = ModelField("methods", type: .texts)
  /// Whether the article's reference list has a source.
  package static let listed = ModelField("listed", type: .boolean)
  /// How the text invokes an unlisted source.
  package static let mentionedAs = ModelField("mentioned_as")
  /// Details of a source from outside the article.
  package static let enrichment = ModelField("enrichment", type: .record)

  // MARK: Entities

  /// Other names of an entity.
  package static let aliases = ModelField("aliases", type: .texts)
  /// A finer grouping of an entity within its kind.
  package static let category = ModelField("category")
  /// A short description of an entity.
  package static let description = ModelField("description")

  // MARK: Articles

  /// An article's text file: `text:` in YAML, `text_file` in graph files (its path below
  /// the folder that holds every article's text).
  package static let textFile = ModelField("text", attribute: "text_file")
  /// An article's text itself, in graph files.
  package static let text = ModelField(textFile.key)
  /// An article's sections, in reading order.
  package static let sections = ModelField("sections", type: .records)
  /// The passages of an article's text that state no claim.
  package static let unclaimed = ModelField("unclaimed", type: .records)
  /// A graph file's claims.
  package static let claims = ModelField("claims", type: .records)
  /// A graph file's sources.
  package static let sources = ModelField("sources", type: .records)
  /// The id of the article of a one-article graph, on the graph.
  package static let articleID = ModelField("article_id")
  /// The title of the article of a one-article graph, on the graph.
  package static let articleTitle = ModelField("article_title")
}

// MARK: - Parts of nodes

extension ModelField {
  /// A quote's words of the article.
  package static let exact = ModelField("exact")
  /// Words just before a quote.
  package static let prefix = ModelField("prefix")
  /// Words just after a quote.
  package static let suffix = ModelField("suffix")
  /// The entity a relation starts from.
  package static let subject = ModelField("subject")
  /// What a relation asserts (on a `relation` edge too).
  package static let predicate = ModelField("predicate")
  /// The entity a relation points to.
  package static let object = ModelField("object")
  /// The source a citation cites; in node-link JSON, the node an edge starts from.
  package static let source = ModelField("source")
  /// How a cited source bears on its claim (on a `cites` edge too).
  package static let stance = ModelField("stance")
  /// Where in the source a citation points (on a `cites` edge too).
  package static let locator = ModelField("locator")
  /// Whether the text does not make a citation (on a `cites` edge too).
  package static let inferred = ModelField("inferred", type: .boolean)
  /// The evidence method a claim's sentence describes.
  package static let method = ModelField("method")
  /// The rule a suppression silences.
  package static let rule = ModelField("rule")
  /// Why a suppression, or an unclaimed passage, is there.
  package static let reason = ModelField("reason")
}

// MARK: - Edges

extension ModelField {
  /// The claim that induces a `relation` edge.
  package static let claim = ModelField("claim")
  /// Whether an `evidence` edge comes from the claim's own stated evidence.
  package static let stated = ModelField("stated", type: .boolean)
  /// Whether an `about` edge goes to an entity the claim names only in a relation.
  package static let implied = ModelField("implied", type: .boolean)
}
