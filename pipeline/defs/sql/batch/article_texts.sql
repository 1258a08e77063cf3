-- The texts of the articles $ids, by article_id.
SELECT article_id, text_original, text_simplified FROM articles
WHERE article_id IN (SELECT unnest($ids::VARCHAR[])) ORDER BY article_id
