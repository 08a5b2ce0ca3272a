/// The questions researchers ask most, as SPARQL over the RDF exports and as Cypher over
/// the Neo4j CSV export (loaded into Neo4j, LadybugDB or FalkorDB).
///
/// `claimgraph build` writes each as `queries/NAME.rq` and `queries/NAME.cypher` beside
/// the exports. Every query is written over the edges the graph derives, never over the
/// authored citations: "rests on PET" reads `claimgraph:restsOn` / `RESTS_ON` (the
/// `evidence` edges) and "uncited" reads the citations that are `cites` edges, so a change
/// to which citations count as evidence or produce `cites` edges reaches the queries
/// without their being rewritten. Ids, not IRIs, name nodes (`dcterms:identifier`, the
/// `id` property), so the queries work whatever `--base-iri` an export used. The Cypher
/// keeps to what openCypher engines share (no `EXISTS { MATCH … }` subquery: an
/// `OPTIONAL MATCH` counted instead), so each runs unchanged on Neo4j, LadybugDB (the
/// maintained fork of Kùzu) and FalkorDB.
public enum SavedQuery: String, CaseIterable, Sendable {
  /// Claims resting on PET evidence: the same claims as `claimgraph query method:pet`.
  case claimsRestingOnPET = "claims-resting-on-pet"
  /// Claims no citation backs: those the linter reports as `uncited-claim` (with its
  /// default configuration and no baseline).
  case uncitedClaims = "uncited-claims"
  /// What we know, what we don't know yet, and the misconceptions, about one condition
  /// (major depressive disorder; the id is on one line to change).
  case whatWeKnowAboutMajorDepressiveDisorder = "what-we-know-about-major-depressive-disorder"
  /// Established claims with a citation that contradicts them (the linter's
  /// `contradicted-established`), with the contradicting source.
  case contradictedEstablishedClaims = "contradicted-established-claims"

  /// The query's file name without extension.
  public var name: String { rawValue }

  private static let sparqlPrefixes = """
    PREFIX claimgraph: <\(RDFOptions.vocabularyIRI)>
    PREFIX dcterms: <http://purl.org/dc/terms/>

    """

  /// The query in SPARQL 1.1, for the N-Triples or Turtle export.
  public var sparql: String {
    switch self {
    case .claimsRestingOnPET:
      return """
        # Claims resting on PET evidence: a claimgraph:restsOn edge (the graph's `evidence`
        # edge: a supporting citation has the method) to the method whose id is "pet".
        # The same claims as `claimgraph query method:pet`.
        \(Self.sparqlPrefixes)
        SELECT DISTINCT ?id ?strength ?statement WHERE {
          ?method a claimgraph:Method ;
            dcterms:identifier "pet" .
          ?claim a claimgraph:Claim ;
            claimgraph:restsOn ?method ;
            dcterms:identifier ?id ;
            claimgraph:strength ?strengthValue ;
            claimgraph:statement ?statement .
          BIND (STRAFTER(STR(?strengthValue), "#") AS ?strength)
        }
        ORDER BY ?id

        """
    case .uncitedClaims:
      return """
        # Claims no citation backs: no `cites` edge (a claimgraph:Citation) marked
        # claimgraph:backs — one the article makes, which supports the claim or, for a
        # refuted claim (a myth), contradicts it; inferred citations back nothing. Claims
        # that suppress the lint rule are left out. The claims `claimgraph lint` reports as
        # uncited-claim.
        # (MINUS, not FILTER NOT EXISTS: engines evaluate it as one anti-join, where a
        # correlated NOT EXISTS can cost a scan of every citation per claim.)
        \(Self.sparqlPrefixes)
        SELECT ?id ?strength ?statement WHERE {
          ?claim a claimgraph:Claim ;
            dcterms:identifier ?id ;
            claimgraph:strength ?strengthValue ;
            claimgraph:statement ?statement .
          MINUS {
            ?claim claimgraph:citation/claimgraph:backs true .
          }
          MINUS {
            ?claim claimgraph:suppression/claimgraph:rule "uncited-claim" .
          }
          BIND (STRAFTER(STR(?strengthValue), "#") AS ?strength)
        }
        ORDER BY ?id

        """
    case .whatWeKnowAboutMajorDepressiveDisorder:
      return """
        # What we know (established), what we don't know yet (uncertain) and the common
        # misconceptions (refuted) about one condition: the claims about it.
        # For another condition, change the id on the VALUES line.
        \(Self.sparqlPrefixes)
        SELECT ?heading ?id ?statement WHERE {
          VALUES ?conditionId { "major-depressive-disorder" }
          VALUES (?strength ?rank ?heading) {
            (claimgraph:established 1 "What we know")
            (claimgraph:uncertain 2 "What we don't know yet")
            (claimgraph:refuted 3 "Common misconceptions")
          }
          ?condition a claimgraph:Condition ;
            dcterms:identifier ?conditionId .
          ?claim a claimgraph:Claim ;
            claimgraph:about ?condition ;
            claimgraph:strength ?strength ;
            dcterms:identifier ?id ;
            claimgraph:statement ?statement .
        }
        ORDER BY ?rank ?id

        """
    case .contradictedEstablishedClaims:
      return """
        # Established claims contradicted by a study: a `cites` edge (a claimgraph:Citation)
        # whose stance is contradicts, with the contradicting source. What the lint rule
        # contradicted-established warns about.
        \(Self.sparqlPrefixes)
        SELECT ?id ?source ?statement WHERE {
          ?claim a claimgraph:Claim ;
            claimgraph:strength claimgraph:established ;
            claimgraph:citation ?citation ;
            dcterms:identifier ?id ;
            claimgraph:statement ?statement .
          ?citation claimgraph:stance claimgraph:contradicts ;
            claimgraph:source ?sourceNode .
          ?sourceNode dcterms:identifier ?source .
        }
        ORDER BY ?id ?source

        """
    }
  }

  /// The query in Cypher, for the Neo4j CSV export loaded into Neo4j, LadybugDB or
  /// FalkorDB.
  public var cypher: String {
    switch self {
    case .claimsRestingOnPET:
      return """
        // Claims resting on PET evidence: a RESTS_ON edge (the graph's `evidence` edge: a
        // supporting citation has the method) to the method whose id is 'pet'.
        // The same claims as `claimgraph query method:pet`.
        MATCH (c:Claim)-[:RESTS_ON]->(m:Method {id: 'pet'})
        RETURN DISTINCT c.id AS id, c.strength AS strength, c.statement AS statement
        ORDER BY id;

        """
    case .uncitedClaims:
      return """
        // Claims no citation backs: no CITES edge marked `backs` — one the article makes,
        // which supports the claim or, for a refuted claim (a myth), contradicts it; inferred
        // citations back nothing. Claims that suppress the lint rule are left out. The claims
        // `claimgraph lint` reports as uncited-claim. (The backing citations are counted
        // with OPTIONAL MATCH, not tested with EXISTS { MATCH … }, which FalkorDB lacks.)
        MATCH (c:Claim)
        WHERE NOT 'uncited-claim' IN coalesce(c.suppressed_rules, [])
        OPTIONAL MATCH (c)-[r:CITES]->(:Source)
        WHERE r.backs
        WITH c, count(r) AS backing
        WHERE backing = 0
        RETURN c.id AS id, c.strength AS strength, c.statement AS statement
        ORDER BY id;

        """
    case .whatWeKnowAboutMajorDepressiveDisorder:
      return """
        // What we know (established), what we don't know yet (uncertain) and the common
        // misconceptions (refuted) about one condition: the claims about it.
        // For another condition, change the id on the first line.
        WITH 'major-depressive-disorder' AS conditionId
        MATCH (c:Claim)-[:ABOUT]->(x:Condition)
        WHERE x.id = conditionId
        WITH c, CASE c.strength WHEN 'established' THEN 1 WHEN 'uncertain' THEN 2 ELSE 3 END AS rank
        RETURN CASE rank WHEN 1 THEN "What we know" WHEN 2 THEN "What we don't know yet"
            ELSE "Common misconceptions" END AS heading,
          c.id AS id, c.statement AS statement, rank
        ORDER BY rank, id;

        """
    case .contradictedEstablishedClaims:
      return """
        // Established claims contradicted by a study: a CITES edge whose stance is
        // contradicts, with the contradicting source. What the lint rule
        // contradicted-established warns about.
        MATCH (c:Claim)-[r:CITES]->(s:Source)
        WHERE c.strength = 'established' AND r.stance = 'contradicts'
        RETURN c.id AS id, s.id AS source, c.statement AS statement
        ORDER BY id, source;

        """
    }
  }
}
