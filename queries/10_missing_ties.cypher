// name: missing_ties
// title: Hospitals with no engineering partner, universities with no hospital partner
// zh: 哪些医院没有任何工科（大学或企业）合作伙伴？哪些大学没有任何医院合作伙伴？
// en: Which hospitals have no engineering partner (university or company), and which universities have no hospital partner?
// param: label str = "" -- only Hospital or only University ("" = both)
OPTIONAL MATCH (h:Hospital)
WHERE ($label = '' OR $label = 'Hospital')
  AND NOT (h)-[:PARTNERS_WITH]-(:University)
  AND NOT (h)-[:PARTNERS_WITH]-(:Company)
  AND NOT (h)-[:CO_FOUNDED]->(:Platform)<-[:CO_FOUNDED]-(:University)
  AND NOT (h)-[:CO_FOUNDED]->(:Platform)<-[:CO_FOUNDED]-(:Company)
WITH h, size([(h)-[r]-() WHERE type(r) <> 'GAP_CANDIDATE' | r]) AS ties
WITH collect(CASE WHEN h IS NULL THEN null
                  ELSE {label: 'Hospital', organisation: h.name, lacks: 'university or company partner', ties: ties} END) AS hospitals
OPTIONAL MATCH (u:University)
WHERE ($label = '' OR $label = 'University')
  AND NOT (u)-[:PARTNERS_WITH|AFFILIATED_WITH]-(:Hospital)
  AND NOT (u)-[:CO_FOUNDED]->(:Platform)<-[:CO_FOUNDED]-(:Hospital)
WITH hospitals, u, size([(u)-[r]-() WHERE type(r) <> 'GAP_CANDIDATE' | r]) AS ties
WITH hospitals, collect(CASE WHEN u IS NULL THEN null
                            ELSE {label: 'University', organisation: u.name, lacks: 'hospital partner', ties: ties} END) AS universities
UNWIND hospitals + universities AS row
RETURN row.label AS label, row.organisation AS organisation, row.lacks AS lacks, row.ties AS ties
ORDER BY label, ties DESC, organisation
