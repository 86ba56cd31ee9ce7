// name: university_structure
// title: Universities, their affiliated hospitals and sub-units
// zh: 各大学有哪些附属医院和下属院系？
// en: Which affiliated hospitals and sub-units does each university have?
// param: university str = "" -- only this university (name, alias or uid; "" = all)
MATCH (u:University)
WHERE $university = '' OR u.name = $university OR u.uid = $university OR $university IN u.aliases
OPTIONAL MATCH (h:Hospital)-[:AFFILIATED_WITH]->(u)
WITH u, h ORDER BY h.name
WITH u, collect(h.name) AS hospitals
OPTIONAL MATCH (s)-[:PART_OF]->(u)
WITH u, hospitals, s ORDER BY s.name
WITH u, hospitals, collect(s.name) AS subunits
WHERE size(hospitals) + size(subunits) > 0
RETURN u.name AS university, hospitals, subunits
ORDER BY university
