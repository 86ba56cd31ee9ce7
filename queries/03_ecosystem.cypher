// name: ecosystem
// title: The ecosystem of an organisation
// zh: 某机构在 k 步之内能联系到哪些机构、人员和项目？
// en: Which organisations, people and projects lie within k hops of an organisation?
// param: org str -- organisation name, alias or uid
// param: hops int = 2 -- how far to look: 1, 2 or 3 hops
MATCH (o)
WHERE o.name = $org OR o.uid = $org OR $org IN o.aliases
MATCH (o)-[:CO_FOUNDED|FUNDS|SUPERVISES|PARTNERS_WITH|WORKS_AT|LEADS|AFFILIATED_WITH|PART_OF|MEMBER_OF|INVESTS_IN]-(n1)
WITH o, collect(DISTINCT n1) AS ring1
UNWIND ring1 AS n1
OPTIONAL MATCH (n1)-[:CO_FOUNDED|FUNDS|SUPERVISES|PARTNERS_WITH|WORKS_AT|LEADS|AFFILIATED_WITH|PART_OF|MEMBER_OF|INVESTS_IN]-(n2)
WHERE $hops >= 2 AND n2.uid <> o.uid AND NOT n2 IN ring1
WITH o, ring1, collect(DISTINCT n2) AS ring2
UNWIND (CASE WHEN size(ring2) = 0 THEN [null] ELSE ring2 END) AS n2
OPTIONAL MATCH (n2)-[:CO_FOUNDED|FUNDS|SUPERVISES|PARTNERS_WITH|WORKS_AT|LEADS|AFFILIATED_WITH|PART_OF|MEMBER_OF|INVESTS_IN]-(n3)
WHERE $hops >= 3 AND n3.uid <> o.uid AND NOT n3 IN ring1 AND NOT n3 IN ring2
WITH o, ring1, ring2, collect(DISTINCT n3) AS ring3
UNWIND [1, 2, 3] AS hops
UNWIND (CASE hops WHEN 1 THEN ring1 WHEN 2 THEN ring2 ELSE ring3 END) AS n
RETURN o.name AS organisation, hops, labels(n)[0] AS label, n.name AS name
ORDER BY organisation, hops, label, name
