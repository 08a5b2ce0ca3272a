// Claims no citation backs: no CITES edge marked `backs` — one the article makes,
// which supports the claim or, for a refuted claim (a myth), contradicts it; inferred
// citations back nothing. Claims that suppress the lint rule are left out. The claims
// `claimgraph lint` reports as uncited-claim.
MATCH (c:Claim)
WHERE NOT EXISTS {
    MATCH (c)-[r:CITES]->(:Source)
    WHERE r.backs
  }
  AND NOT 'uncited-claim' IN coalesce(c.suppressed_rules, [])
RETURN c.id AS id, c.strength AS strength, c.statement AS statement
ORDER BY id;
