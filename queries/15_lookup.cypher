// name: lookup
// title: Look up an entity by any name or alias
// zh: 输入简称、别名或名称的一部分，找到对应的实体及其规范名称。
// en: Which entity does a name, alias, abbreviation or part of a name refer to?
// param: text str -- a name, alias or part of one, e.g. 瑞金医院
MATCH (n)
WHERE n.name = $text OR n.uid = $text OR $text IN n.aliases
   OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
WITH n, (n.name = $text OR n.uid = $text OR $text IN n.aliases) AS exact
RETURN CASE WHEN exact THEN 'exact' ELSE 'partial' END AS match_kind,
       labels(n)[0] AS label,
       n.name AS name,
       n.aliases AS aliases,
       n.uid AS uid,
       size(coalesce(n.docs, [])) AS documents,
       size([(n)-[r]-() WHERE type(r) <> 'GAP_CANDIDATE' | r]) AS ties
ORDER BY match_kind, label, name
