// name: top_collaborators
// title: The most collaborative organisations
// zh: 哪些机构的合作伙伴最多、证据最充分？
// en: Which organisations have the most distinct partner organisations, and the most evidence for those ties?
// param: label str = "" -- only organisations with this label ("" = any)
// param: limit int = 10 -- how many to list
MATCH (o)-[r]-(p)
WHERE NOT o:Person AND NOT o:Project AND NOT p:Person AND NOT p:Project
  AND type(r) <> 'GAP_CANDIDATE'
  AND ($label = '' OR $label IN labels(o))
WITH o, count(DISTINCT p.uid) AS partners,
     collect(size(coalesce(r.prov_sentence, []))) AS sentences,
     collect(coalesce(r.docs, [])) AS doc_lists
WITH o, partners,
     reduce(total = 0, n IN sentences | total + n) AS evidence,
     reduce(acc = [], ds IN doc_lists | acc + [d IN ds WHERE NOT d IN acc]) AS docs
RETURN labels(o)[0] AS label, o.name AS organisation, partners, evidence, size(docs) AS documents
ORDER BY partners DESC, evidence DESC, organisation
LIMIT $limit
