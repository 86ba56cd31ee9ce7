// name: clusters
// title: Clusters of collaboration
// zh: 网络中有哪些合作群落？每个群落由哪些机构和人员组成？群落内部最强的联系是什么？
// en: Which collaboration clusters does the network have, who is in each (by label), and what are their strongest internal ties?
// needs: medkg analyze
// param: min_size int = 2 -- only clusters with at least this many members
// param: top_ties int = 3 -- how many of the strongest internal ties to show
MATCH (n)
WHERE n.community IS NOT NULL
WITH n ORDER BY labels(n)[0], n.name
WITH n.community AS cluster, count(n) AS size,
     collect(labels(n)[0] + ': ' + n.name) AS members, collect(labels(n)[0]) AS member_labels
WHERE size >= $min_size
OPTIONAL MATCH (a)-[r]->(b)
WHERE a.community = cluster AND b.community = cluster AND type(r) <> 'GAP_CANDIDATE'
WITH cluster, size, members, member_labels, a, r, b
ORDER BY cluster, size(coalesce(r.prov_sentence, [])) DESC, a.name, b.name
WITH cluster, size, members, member_labels,
     collect(a.name + ' -' + type(r) + '-> ' + b.name + ' (' + toString(size(coalesce(r.prov_sentence, []))) + ')') AS ties
RETURN cluster, size,
       [l IN ['University', 'Hospital', 'Company', 'Platform', 'Agency', 'Person', 'Project']
          WHERE l IN member_labels
          | l + ' ' + toString(size([x IN member_labels WHERE x = l]))] AS composition,
       members,
       ties[0..$top_ties] AS strongest_ties
ORDER BY cluster
