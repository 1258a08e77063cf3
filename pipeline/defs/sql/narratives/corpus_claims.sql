-- Every claim of the corpus with its length in characters and the simplified text of its sentence, in
-- article and text order: discovered narratives tag a claim in the words of its sentence, as the taxonomy does.
SELECT c.claim_id, c.article_id, length(c.text) AS n_chars, c.stance, coalesce(s.text_simplified, c.text) AS context
FROM claims c LEFT JOIN sentences s ON s.article_id = c.article_id AND s.sentence_no = c.sentence_no
ORDER BY c.article_id, c.start
