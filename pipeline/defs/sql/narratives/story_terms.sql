-- The words each article's claims offer for discovering narratives, as a matrix of counts: the row is the
-- article's place among narratives/story_articles, the column the word's among narratives/story_words.
SELECT dense_rank() OVER (ORDER BY article_id) - 1 AS row, dense_rank() OVER (ORDER BY term) - 1 AS col, n
FROM story_terms ORDER BY row, col
