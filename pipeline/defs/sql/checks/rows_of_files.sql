-- The rows of {table} that belong to the articles of the files $files (a run's partitions).
SELECT * FROM {table}
WHERE article_id IN (SELECT article_id FROM ingest_log WHERE file_name IN (SELECT unnest($files::VARCHAR[])))
