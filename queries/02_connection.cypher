// name: connection
// title: How two organisations are connected
// zh: 两个机构（或人员）之间最短的联系路径是什么？每一步的证据句是什么？
// en: What are the shortest paths between two organisations (or people), with the evidence sentence of each hop?
// param: source str -- name, alias or uid of the first entity
// param: target str -- name, alias or uid of the second entity
// param: limit int = 10 -- at most this many paths (around hubs there can be millions)
MATCH (a)
WHERE a.name = $source OR a.uid = $source OR $source IN a.aliases
MATCH (b)
WHERE b.name = $target OR b.uid = $target OR $target IN b.aliases
WITH a, b
WHERE a.uid <> b.uid
MATCH p = allShortestPaths((a)-[:CO_FOUNDED|FUNDS|SUPERVISES|PARTNERS_WITH|WORKS_AT|LEADS|AFFILIATED_WITH|PART_OF|MEMBER_OF|INVESTS_IN*..6]-(b))
WITH p LIMIT $limit
RETURN length(p) AS hops,
       [n IN nodes(p) | n.name] AS route,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps,
       [r IN relationships(p) | coalesce(head(r.prov_sentence), '')] AS evidence
ORDER BY hops, route
