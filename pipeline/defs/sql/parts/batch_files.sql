-- The partitions of a batch ($files) with the article each holds (NULL when refused): what a file's rows hang on.
CREATE OR REPLACE TEMP TABLE batch_files AS
SELECT f AS _file, l.article_id AS _article
FROM (SELECT unnest($files::VARCHAR[]) AS f) LEFT JOIN ingest_log AS l ON l.file_name = f
