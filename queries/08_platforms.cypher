// name: platforms
// title: Platforms, their co-founders, members and leaders
// zh: 有哪些合作平台和联盟？分别由谁共建、有哪些成员单位、由谁负责？
// en: Which platforms and alliances exist, who co-founded them, who are their members and who leads them?
// param: platform str = "" -- only this platform (name, alias or uid; "" = all)
MATCH (p:Platform)
WHERE $platform = '' OR p.name = $platform OR p.uid = $platform OR $platform IN p.aliases
OPTIONAL MATCH (f)-[:CO_FOUNDED]->(p)
WITH p, f ORDER BY f.name
WITH p, collect(f.name) AS cofounders
OPTIONAL MATCH (m)-[:MEMBER_OF]->(p)
WITH p, cofounders, m ORDER BY m.name
WITH p, cofounders, collect(m.name) AS members
OPTIONAL MATCH (l:Person)-[:LEADS]->(p)
WITH p, cofounders, members, l ORDER BY l.name
WITH p, cofounders, members, collect(l.name) AS leaders
RETURN p.name AS platform, cofounders, members, leaders
ORDER BY platform
