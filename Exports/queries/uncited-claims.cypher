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
