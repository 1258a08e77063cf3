-- The files of $files that hold an article (its owner and its duplicates), with that article's id.
SELECT article_id, file_name FROM ingest_log
WHERE file_name IN (SELECT unnest($files::VARCHAR[])) AND article_id IS NOT NULL
ORDER BY file_name
