-- The figure spans of the articles $ids, in text order.
SELECT article_id, figure_id, start, "end", quote FROM figures
WHERE article_id IN (SELECT unnest($ids::VARCHAR[])) ORDER BY article_id, start
