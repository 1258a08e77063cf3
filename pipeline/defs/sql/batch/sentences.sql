-- The sentences of the articles $ids, article by article in text order.
SELECT article_id, sentence_no, start, "end", text, text_simplified FROM sentences
WHERE article_id IN (SELECT unnest($ids::VARCHAR[])) ORDER BY article_id, sentence_no
