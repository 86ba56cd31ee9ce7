// name: funding_flows
// title: Funding flows
// zh: 资金从哪里流向哪里？资助方 → 项目 → 负责人 → 合作医院。
// en: Where does funding flow: funder -> project -> leader -> partner hospital?
// param: funder str = "" -- only this funder (name, alias or uid; "" = all)
MATCH (f)-[fr:FUNDS]->(x)
WHERE $funder = '' OR f.name = $funder OR f.uid = $funder OR $funder IN f.aliases
OPTIONAL MATCH (l:Person)-[:LEADS]->(x)
OPTIONAL MATCH (l)-[:WORKS_AT]->(o)
OPTIONAL MATCH (o)-[:PARTNERS_WITH|AFFILIATED_WITH]-(h:Hospital)
WITH f, fr, x, l, o, h ORDER BY l.name, o.name, h.name
WITH f, fr, x,
     collect(DISTINCT l.name) AS leaders,
     collect(DISTINCT o.name) AS leader_organisations,
     collect(DISTINCT CASE WHEN o:Hospital THEN o.name END) AS own_hospitals,
     collect(DISTINCT h.name) AS partner_hospitals
RETURN f.name AS funder,
       labels(x)[0] AS recipient_label,
       x.name AS recipient,
       coalesce(fr.year, x.year) AS year,
       leaders,
       leader_organisations,
       own_hospitals + [h IN partner_hospitals WHERE NOT h IN own_hospitals] AS hospitals
ORDER BY funder, recipient
