-- The articles owned or shared by the files $files, by article_id.
SELECT article_id, author, published, text_original, text_simplified, n_chars FROM articles
WHERE article_id IN (SELECT article_id FROM ingest_log WHERE file_name IN (SELECT unnest($files::VARCHAR[])))
ORDER BY article_id
