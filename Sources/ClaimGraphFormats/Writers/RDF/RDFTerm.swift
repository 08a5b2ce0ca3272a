import ClaimGraph

/// A term of a vocabulary: a class, a property or a named value.
struct RDFTerm {
  let namespace: RDFNamespace
  let local: StaticString
  /// Whether this is `rdf:type`, which Turtle writes as `a`.
  let isRDFType: Bool

  init(_ namespace: RDFNamespace, _ local: StaticString) {
    self.namespace = namespace
    self.local = local
    isRDFType = namespace == .rdf && local.description == "type"
  }

  // MARK: rdf, xsd

  static let type = RDFTerm(.rdf, "type")
  static let first = RDFTerm(.rdf, "first")
  static let rest = RDFTerm(.rdf, "rest")
  static let nil_ = RDFTerm(.rdf, "nil")
  static let statement = RDFTerm(.rdf, "Statement")
  static let subject = RDFTerm(.rdf, "subject")
  static let predicate = RDFTerm(.rdf, "predicate")
  static let object = RDFTerm(.rdf, "object")
  static let gYear = RDFTerm(.xsd, "gYear")
  static let anyURI = RDFTerm(.xsd, "anyURI")

  // MARK: Reused vocabularies

  static let identifier = RDFTerm(.dcterms, "identifier")
  static let title = RDFTerm(.dcterms, "title")
  static let creator = RDFTerm(.dcterms, "creator")
  static let date = RDFTerm(.dcterms, "date")
  static let dctermsType = RDFTerm(.dcterms, "type")
  static let hasPart = RDFTerm(.dcterms, "hasPart")
  static let isPartOf = RDFTerm(.dcterms, "isPartOf")
  static let prefLabel = RDFTerm(.skos, "prefLabel")
  static let altLabel = RDFTerm(.skos, "altLabel")
  static let definition = RDFTerm(.skos, "definition")
  static let note = RDFTerm(.skos, "note")
  static let concept = RDFTerm(.skos, "Concept")
  static let document = RDFTerm(.bibo, "Document")
  static let biboArticle = RDFTerm(.bibo, "Article")
  static let authorList = RDFTerm(.bibo, "authorList")
  static let doi = RDFTerm(.bibo, "doi")
  static let pmid = RDFTerm(.bibo, "pmid")
  static let uri = RDFTerm(.bibo, "uri")
  static let wasDerivedFrom = RDFTerm(.prov, "wasDerivedFrom")

  // MARK: claimgraph: classes

  static let articleClass = RDFTerm(.claimgraph, "Article")
  static let sectionClass = RDFTerm(.claimgraph, "Section")
  static let citationClass = RDFTerm(.claimgraph, "Citation")
  static let relationClass = RDFTerm(.claimgraph, "Relation")
  static let suppressionClass = RDFTerm(.claimgraph, "Suppression")
  static let statedEvidenceClass = RDFTerm(.claimgraph, "StatedEvidence")

  /// The class of a node kind (`claimgraph:Claim`, `claimgraph:Region`…).
  static func `class`(of kind: NodeKind) -> RDFTerm {
    switch kind {
    case .claim: RDFTerm(.claimgraph, "Claim")
    case .source: RDFTerm(.claimgraph, "Source")
    case .region: RDFTerm(.claimgraph, "Region")
    case .receptor: RDFTerm(.claimgraph, "Receptor")
    case .condition: RDFTerm(.claimgraph, "Condition")
    case .molecule: RDFTerm(.claimgraph, "Molecule")
    case .intervention: RDFTerm(.claimgraph, "Intervention")
    case .method: RDFTerm(.claimgraph, "Method")
    case .structure: RDFTerm(.claimgraph, "Structure")
    case .article: articleClass
    }
  }

  // MARK: claimgraph: properties

  static let statementText = RDFTerm(.claimgraph, "statement")
  static let strength = RDFTerm(.claimgraph, "strength")
  static let section = RDFTerm(.claimgraph, "section")
  static let position = RDFTerm(.claimgraph, "position")
  static let about = RDFTerm(.claimgraph, "about")
  static let cites = RDFTerm(.claimgraph, "cites")
  static let citation = RDFTerm(.claimgraph, "citation")
  /// A claim's inferred citation of a source: never `cites`, never evidence.
  static let infers = RDFTerm(.claimgraph, "infers")
  /// A claim's inferred citation, as a node: never `citation`.
  static let inferredCitation = RDFTerm(.claimgraph, "inferredCitation")
  static let asserts = RDFTerm(.claimgraph, "asserts")
  static let assertedBy = RDFTerm(.claimgraph, "assertedBy")
  static let restsOn = RDFTerm(.claimgraph, "restsOn")
  /// Evidence a claim's own sentence describes without naming a study (a blank node with
  /// its `method` and `quote`s): never `cites`.
  static let statedEvidence = RDFTerm(.claimgraph, "statedEvidence")
  static let sameClaimAs = RDFTerm(.claimgraph, "sameClaimAs")
  static let source = RDFTerm(.claimgraph, "source")
  static let stance = RDFTerm(.claimgraph, "stance")
  static let method = RDFTerm(.claimgraph, "method")
  static let locator = RDFTerm(.claimgraph, "locator")
  static let quote = RDFTerm(.claimgraph, "quote")
  static let inferred = RDFTerm(.claimgraph, "inferred")
  static let backs = RDFTerm(.claimgraph, "backs")
  static let venue = RDFTerm(.claimgraph, "venue")
  static let usesMethod = RDFTerm(.claimgraph, "usesMethod")
  static let listed = RDFTerm(.claimgraph, "listed")
  static let mentionedAs = RDFTerm(.claimgraph, "mentionedAs")
  static let category = RDFTerm(.claimgraph, "category")
  static let suppression = RDFTerm(.claimgraph, "suppression")
  static let rule = RDFTerm(.claimgraph, "rule")
  static let reason = RDFTerm(.claimgraph, "reason")

  // MARK: claimgraph: named values

  /// `claimgraph:established`, `claimgraph:uncertain`, `claimgraph:refuted`.
  static func value(_ strength: EvidenceStrength) -> RDFTerm {
    switch strength {
    case .established: RDFTerm(.claimgraph, "established")
    case .uncertain: RDFTerm(.claimgraph, "uncertain")
    case .refuted: RDFTerm(.claimgraph, "refuted")
    }
  }

  /// `claimgraph:supports`, `claimgraph:contradicts`, `claimgraph:mentions`.
  static func value(_ stance: Stance) -> RDFTerm {
    switch stance {
    case .supports: RDFTerm(.claimgraph, "supports")
    case .contradicts: RDFTerm(.claimgraph, "contradicts")
    case .mentions: RDFTerm(.claimgraph, "mentions")
    }
  }

  /// `claimgraph:primary_research`… (the YAML value).
  static func value(_ type: SourceType) -> RDFTerm {
    switch type {
    case .primaryResearch: RDFTerm(.claimgraph, "primary_research")
    case .reviewArticle: RDFTerm(.claimgraph, "review_article")
    case .metaAnalysis: RDFTerm(.claimgraph, "meta_analysis")
    case .systematicReview: RDFTerm(.claimgraph, "systematic_review")
    case .clinicalGuideline: RDFTerm(.claimgraph, "clinical_guideline")
    case .book: RDFTerm(.claimgraph, "book")
    case .other: RDFTerm(.claimgraph, "other")
    }
  }
}
