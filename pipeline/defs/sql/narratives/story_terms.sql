-- The words each article's claims offer for discovering narratives.
SELECT article_id, term, n FROM story_terms ORDER BY article_id, term
