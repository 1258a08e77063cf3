-- The words the articles' claims offer for discovering narratives, sorted: the columns of narratives/story_terms.
SELECT DISTINCT term FROM story_terms ORDER BY term
