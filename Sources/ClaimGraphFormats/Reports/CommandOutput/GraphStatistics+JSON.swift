import ClaimGraph

extension GraphStatistics {
  /// The JSON shape of the public contract:
  /// `{"nodes":{…},"edges":{…},"claims":{…},"sources":{"listed":N,"unlisted":N}}`.
  ///
  /// `edges` counts by kind; `edge_strengths` (an addition to the contract) by strength;
  /// `articles` (another) each article's claims by strength and citation.
  public var json: JSONValue {
    .object([
      ("nodes", .object(nodes.map { ($0.rawValue, .int($1)) })),
      ("edges", .object(edges.map { ($0.rawValue, .int($1)) })),
      ("edge_strengths", .object(edgesByStrength.map { ($0.rawValue, .int($1)) })),
      (
        "claims",
        .object(
          claimsByStrength.map { ($0.rawValue, .int($1)) } + [
            ("cited", .int(citedClaims)), ("uncited", .int(uncitedClaims)),
          ])
      ),
      ("sources", .object([("listed", .int(listedSources)), ("unlisted", .int(unlistedSources))])),
      (
        "articles",
        .object(
          articles.map { counts in
            (
              counts.article,
              .object(
                [("claims", .int(counts.claims))]
                  + EvidenceStrength.allCases.map {
                    ($0.rawValue, .int(counts.claimsByStrength[$0] ?? 0))
                  } + [
                    ("cited", .int(counts.cited)), ("uncited", .int(counts.claims - counts.cited)),
                  ])
            )
          })
      ),
    ])
  }
}
