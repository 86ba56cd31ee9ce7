// name: brokers
// title: Brokers between clusters
// zh: 哪些机构和人员在不同合作群落之间起桥梁作用（中介中心性高、结构洞约束低）？
// en: Which organisations and people bridge clusters (high betweenness, low Burt's constraint)?
// needs: medkg analyze
// param: label str = "" -- only this label, e.g. Person ("" = organisations and people)
// param: limit int = 10 -- how many brokers to list
MATCH (n)
WHERE n.betweenness IS NOT NULL AND n.betweenness > 0 AND NOT n:Project
  AND ($label = '' OR $label IN labels(n))
WITH n, [(n)-[r]-(m) WHERE type(r) <> 'GAP_CANDIDATE' AND m.community IS NOT NULL | m.community] AS reached
WITH n, reduce(acc = [n.community], c IN reached | CASE WHEN c IN acc THEN acc ELSE acc + c END) AS clusters
WHERE size(clusters) >= 2
RETURN labels(n)[0] AS label,
       n.name AS name,
       n.betweenness AS betweenness,
       n.constraint AS constraint,
       n.degree AS degree,
       n.community AS cluster,
       size(clusters) AS clusters_reached
ORDER BY betweenness DESC, constraint, name
LIMIT $limit
