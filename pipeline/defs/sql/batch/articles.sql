-- The articles owned or shared by the files $files, by article_id (their texts: article_texts, a part at a time).
SELECT article_id, author, published, n_chars FROM articles
WHERE article_id IN (SELECT article_id FROM ingest_log WHERE file_name IN (SELECT unnest($files::VARCHAR[])))
ORDER BY article_id
