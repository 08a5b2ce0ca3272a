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
