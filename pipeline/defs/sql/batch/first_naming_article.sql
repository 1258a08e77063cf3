-- For each entity of $ids, the first article (by article_id) that names it: its row comes from there.
SELECT min(article_id) AS article_id, entity_id FROM mentions
WHERE entity_id IN (SELECT unnest($ids::VARCHAR[])) AND article_id IN (SELECT article_id FROM articles)
GROUP BY entity_id
