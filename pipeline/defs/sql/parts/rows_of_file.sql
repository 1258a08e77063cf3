-- Each table's rows by the partition (file) they belong to, {table} standing for the table: a file owns its
-- log row, its article's rows, the links of its article's claims and the entities its article names
-- (with the article, so the gathering keeps the row of the first article naming each one, as a full run does).

-- kind: ingest_log
SELECT t.*, b._file, b._article FROM {table} AS t JOIN batch_files AS b ON t.file_name = b._file

-- kind: article
SELECT t.*, b._file, b._article FROM {table} AS t JOIN batch_files AS b ON t.article_id = b._article

-- kind: claim
SELECT t.*, b._file, b._article FROM {table} AS t JOIN claims AS c ON t.claim_id = c.claim_id
JOIN batch_files AS b ON c.article_id = b._article

-- kind: entity
SELECT DISTINCT t.*, b._file, b._article FROM {table} AS t JOIN mentions AS m ON t.entity_id = m.entity_id
JOIN batch_files AS b ON m.article_id = b._article

-- kind: rejected
SELECT t.*, b._file, b._article FROM {table} AS t JOIN batch_files AS b
ON json_extract_string(t.row_json, '$.file_name') = b._file
OR json_extract_string(t.row_json, '$.article_id') = b._article
OR json_extract_string(t.row_json, '$.claim_id') IN (SELECT claim_id FROM claims WHERE article_id = b._article)
OR json_extract_string(t.row_json, '$.entity_id') IN (SELECT entity_id FROM mentions WHERE article_id = b._article)
WHERE t.table_name IN (SELECT unnest($tables::VARCHAR[]))
