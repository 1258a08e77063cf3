-- The entities the articles $ids name (only they can be their speakers).
SELECT entity_id, name, kind, aliases FROM entities
WHERE entity_id IN (SELECT entity_id FROM mentions WHERE article_id IN (SELECT unnest($ids::VARCHAR[])))
ORDER BY entity_id
