// name: data_quality
// title: Data quality: weak facts, isolated nodes, likely duplicates
// zh: 哪些关系只依据一句低置信度的句子？哪些节点没有任何关系？哪些名称看起来是同一实体却没有合并？
// en: Which facts rest on one weak sentence, which nodes have no relationship, and which names look like the same entity but were not merged?
// param: min_confidence float = 0.6 -- a single sentence below this confidence is weak
OPTIONAL MATCH (a)-[r]->(b)
WHERE size(coalesce(r.prov_confidence, [])) = 1 AND r.prov_confidence[0] < $min_confidence
WITH collect(CASE WHEN r IS NULL THEN null
                  ELSE {issue: 'weak fact', subject: a.name + ' -' + type(r) + '-> ' + b.name,
                        detail: r.prov_sentence[0], confidence: r.prov_confidence[0]} END) AS weak
OPTIONAL MATCH (n)
WHERE NOT (n)--()
WITH weak, collect(CASE WHEN n IS NULL THEN null
                        ELSE {issue: 'isolated node', subject: n.name, detail: labels(n)[0]} END) AS isolated
OPTIONAL MATCH (x), (y)
WHERE x.uid < y.uid AND labels(x)[0] = labels(y)[0] AND size(x.name) >= 3 AND size(y.name) >= 3
  AND (x.name IN y.aliases OR y.name IN x.aliases OR x.name CONTAINS y.name OR y.name CONTAINS x.name
       OR any(alias IN x.aliases WHERE alias IN y.aliases))
  AND NOT (x)--(y)
WITH weak, isolated, collect(CASE WHEN x IS NULL THEN null
                                  ELSE {issue: 'possible duplicate', subject: x.name, detail: y.name + ' (' + labels(y)[0] + ')'} END) AS duplicates
UNWIND weak + isolated + duplicates AS i
RETURN i.issue AS issue, i.subject AS subject, i.detail AS detail, i.confidence AS confidence
ORDER BY issue, subject, detail
