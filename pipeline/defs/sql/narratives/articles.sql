-- Each article's publication date (null when unknown) and length.
SELECT article_id, published, n_chars FROM articles ORDER BY article_id
