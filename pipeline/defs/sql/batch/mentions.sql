-- The entity mentions of the articles $ids, in text order.
SELECT article_id, entity_id, start, "end", surface FROM mentions
WHERE article_id IN (SELECT unnest($ids::VARCHAR[])) ORDER BY article_id, start
