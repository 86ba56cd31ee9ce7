// name: partners
// title: Partners of an organisation
// zh: 某机构与哪些机构和人员有关系？按关系类型和对方类别列出，附证据数量。
// en: Who is an organisation tied to, by relationship type and partner label, with how much evidence?
// param: org str -- organisation name, alias or uid
// param: rel_type str = "" -- only this relationship type, e.g. PARTNERS_WITH ("" = any)
// param: label str = "" -- only partners with this label, e.g. Hospital ("" = any)
MATCH (o)
WHERE o.name = $org OR o.uid = $org OR $org IN o.aliases
MATCH (o)-[r]-(p)
WHERE type(r) <> 'GAP_CANDIDATE'
  AND ($rel_type = '' OR type(r) = $rel_type)
  AND ($label = '' OR $label IN labels(p))
RETURN o.name AS organisation,
       type(r) AS relationship,
       CASE WHEN type(r) = 'PARTNERS_WITH' THEN 'mutual'
            WHEN startNode(r).uid = o.uid THEN 'out' ELSE 'in' END AS direction,
       labels(p)[0] AS partner_label,
       p.name AS partner,
       r.title AS title,
       r.year AS year,
       size(coalesce(r.prov_sentence, [])) AS evidence
ORDER BY organisation, relationship, partner_label, partner
