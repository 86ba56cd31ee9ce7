// name: gaps
// title: Collaboration gaps
// zh: 哪些来自不同领域（大学、医院、企业）的机构有很多共同合作伙伴却彼此没有合作？按链接预测得分排序，并列出共同伙伴。
// en: Which organisations from different sectors (university, hospital, company) share many partners but have no tie, ranked by a link-prediction score and explained by the partners they share?
// needs: medkg analyze
// param: sector str = "" -- only pairs involving this label, e.g. Hospital ("" = all)
// param: limit int = 20 -- how many pairs to list
MATCH (a)-[g:GAP_CANDIDATE]->(b)
WHERE $sector = '' OR $sector IN labels(a) OR $sector IN labels(b)
RETURN labels(a)[0] AS sector_a,
       a.name AS organisation_a,
       labels(b)[0] AS sector_b,
       b.name AS organisation_b,
       g.score AS score,
       g.adamic_adar AS adamic_adar,
       g.common_partners AS common_partners,
       g.same_community AS same_cluster,
       g.shared_partners AS shared_partners
ORDER BY score DESC, organisation_a, organisation_b
LIMIT $limit
