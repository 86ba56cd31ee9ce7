// name: boundary_spanners
// title: People with roles in several organisations
// zh: 哪些人同时在多个机构任职或负责多个平台（跨界人才）？
// en: Which people hold roles in several organisations or platforms (boundary spanners)?
// param: min_orgs int = 2 -- at least this many distinct organisations
MATCH (p:Person)-[r:WORKS_AT|LEADS]->(o)
WHERE NOT o:Project
WITH p, r, o ORDER BY o.name, type(r)
WITH p, collect(DISTINCT o.uid) AS orgs,
     collect(coalesce(r.title, CASE type(r) WHEN 'LEADS' THEN '负责人' ELSE '任职' END) + ' @ ' + o.name) AS roles
WHERE size(orgs) >= $min_orgs
RETURN p.name AS person, size(orgs) AS organisations, roles
ORDER BY organisations DESC, person
