// name: ecosystem
// title: The ecosystem of an organisation
// zh: 某机构在 k 步之内能联系到哪些机构、人员和项目？
// en: Which organisations, people and projects lie within k hops of an organisation?
// param: org str -- organisation name, alias or uid
// param: hops int = 2 -- how far to look: 1, 2 or 3 hops (3 is slow around hubs)

// Two branches so that the costly three-hop expansion only runs when asked for.
MATCH (o)
WHERE o.name = $org OR o.uid = $org OR $org IN o.aliases
WITH o
WHERE $hops <= 2
MATCH p = (o)-[:CO_FOUNDED|FUNDS|SUPERVISES|PARTNERS_WITH|WORKS_AT|LEADS|AFFILIATED_WITH|PART_OF|MEMBER_OF|INVESTS_IN*1..2]-(x)
WHERE x.uid <> o.uid
WITH o, x, min(length(p)) AS hops
WHERE hops <= $hops
RETURN o.name AS organisation, hops, labels(x)[0] AS label, x.name AS name
ORDER BY organisation, hops, label, name
UNION ALL
MATCH (o)
WHERE o.name = $org OR o.uid = $org OR $org IN o.aliases
WITH o
WHERE $hops = 3
MATCH p = (o)-[:CO_FOUNDED|FUNDS|SUPERVISES|PARTNERS_WITH|WORKS_AT|LEADS|AFFILIATED_WITH|PART_OF|MEMBER_OF|INVESTS_IN*1..3]-(x)
WHERE x.uid <> o.uid
WITH o, x, min(length(p)) AS hops
WHERE hops <= $hops
RETURN o.name AS organisation, hops, labels(x)[0] AS label, x.name AS name
ORDER BY organisation, hops, label, name
