// Claims resting on PET evidence: a RESTS_ON edge (the graph's `evidence` edge: a
// supporting citation has the method) to the method whose id is 'pet'.
// The same claims as `claimgraph query method:pet`.
MATCH (c:Claim)-[:RESTS_ON]->(m:Method {id: 'pet'})
RETURN DISTINCT c.id AS id, c.strength AS strength, c.statement AS statement
ORDER BY id;
