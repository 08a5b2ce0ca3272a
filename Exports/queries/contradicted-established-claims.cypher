// Established claims contradicted by a study: a CITES edge whose stance is
// contradicts, with the contradicting source. What the lint rule
// contradicted-established warns about.
MATCH (c:Claim)-[r:CITES]->(s:Source)
WHERE c.strength = 'established' AND r.stance = 'contradicts'
RETURN c.id AS id, s.id AS source, c.statement AS statement
ORDER BY id, source;
