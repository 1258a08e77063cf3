-- Each article's words outside the taxonomy, which candidate narratives are ranked from.
SELECT article_id, term, weight FROM article_terms ORDER BY article_id, term
