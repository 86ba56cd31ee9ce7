// name: timeline
// title: Timeline of ties and projects
// zh: 各年份建立了哪些合作关系、启动了哪些项目？
// en: Which ties were formed and which projects started, year by year?
// param: from_year int = 0 -- first year to include
// param: to_year int = 9999 -- last year to include
OPTIONAL MATCH (a)-[r]->(b)
WHERE type(r) <> 'GAP_CANDIDATE' AND r.year IS NOT NULL AND r.year >= $from_year AND r.year <= $to_year
WITH collect(CASE WHEN r IS NULL THEN null
                  ELSE {year: r.year, event: type(r), subject: a.name, object: b.name} END) AS ties
OPTIONAL MATCH (p:Project)
WHERE p.year IS NOT NULL AND p.year >= $from_year AND p.year <= $to_year
WITH ties, collect(CASE WHEN p IS NULL THEN null
                       ELSE {year: p.year, event: 'Project', subject: p.name, object: ''} END) AS projects
UNWIND ties + projects AS e
RETURN e.year AS year, e.event AS event, e.subject AS subject, e.object AS object
ORDER BY year, event, subject, object
