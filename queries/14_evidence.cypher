// name: evidence
// title: The evidence behind a relationship
// zh: 两个实体之间的关系依据哪些文档和句子？
// en: Which documents and sentences support the relationship between two entities?
// param: source str -- name, alias or uid of one end
// param: target str -- name, alias or uid of the other end
// param: rel_type str = "" -- only this relationship type ("" = any)
MATCH (a)
WHERE a.name = $source OR a.uid = $source OR $source IN a.aliases
MATCH (b)
WHERE b.name = $target OR b.uid = $target OR $target IN b.aliases
MATCH (a)-[r]-(b)
WHERE ($rel_type = '' OR type(r) = $rel_type) AND size(coalesce(r.prov_doc, [])) > 0
UNWIND range(0, size(r.prov_doc) - 1) AS i
RETURN startNode(r).name AS source,
       type(r) AS relationship,
       endNode(r).name AS target,
       r.prov_doc[i] AS document,
       r.prov_path[i] AS path,
       r.prov_sentence[i] AS sentence,
       r.prov_rule[i] AS rule,
       r.prov_confidence[i] AS confidence
ORDER BY relationship, source, document, sentence
