-- The claims of the articles $ids with the simplified text of their sentence: a claim is tagged in
-- the words of its whole sentence, as a clause often leaves its topic to the clause before it.
SELECT c.*, s.text_simplified AS context
FROM claims c LEFT JOIN sentences s ON s.article_id = c.article_id AND s.sentence_no = c.sentence_no
WHERE c.article_id IN (SELECT unnest($ids::VARCHAR[])) ORDER BY c.article_id, c.start
