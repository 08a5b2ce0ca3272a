import ClaimGraph

/// The namespaces the RDF exports use, with their Turtle prefixes.
///
/// The first ones are vocabularies (fixed IRIs); the rest hold the graph's own nodes and
/// edges and start with the base IRI of ``RDFOptions``.
enum RDFNamespace: Int, CaseIterable {
  case rdf, xsd, skos, dcterms, bibo, prov, claimgraph, relation
  case article, section, claim, source, region, receptor, condition, molecule, intervention
  case method, structure, edge

  /// The Turtle prefix (without the colon).
  var prefix: String {
    switch self {
    case .rdf: "rdf"
    case .xsd: "xsd"
    case .skos: "skos"
    case .dcterms: "dcterms"
    case .bibo: "bibo"
    case .prov: "prov"
    case .claimgraph: "claimgraph"
    case .relation: "relation"
    case .article: "article"
    case .section: "section"
    case .claim: "claim"
    case .source: "source"
    case .region: "region"
    case .receptor: "receptor"
    case .condition: "condition"
    case .molecule: "molecule"
    case .intervention: "intervention"
    case .method: "method"
    case .structure: "structure"
    case .edge: "edge"
    }
  }

  /// The namespace's IRI under these options.
  func iri(_ options: RDFOptions) -> String {
    switch self {
    case .rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    case .xsd: "http://www.w3.org/2001/XMLSchema#"
    case .skos: "http://www.w3.org/2004/02/skos/core#"
    case .dcterms: "http://purl.org/dc/terms/"
    case .bibo: "http://purl.org/ontology/bibo/"
    case .prov: "http://www.w3.org/ns/prov#"
    case .claimgraph: RDFOptions.vocabularyIRI
    case .relation: RDFOptions.relationVocabularyIRI
    default: options.baseIRI + prefix + "/"
    }
  }

  /// The namespace of a node kind's IRIs.
  static func of(_ kind: NodeKind) -> RDFNamespace {
    switch kind {
    case .claim: .claim
    case .source: .source
    case .region: .region
    case .receptor: .receptor
    case .condition: .condition
    case .molecule: .molecule
    case .intervention: .intervention
    case .method: .method
    case .structure: .structure
    case .article: .article
    }
  }
}
