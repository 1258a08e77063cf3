-- The articles whose claims offer words for discovering narratives, sorted: the rows of narratives/story_terms.
SELECT DISTINCT article_id FROM story_terms ORDER BY article_id
