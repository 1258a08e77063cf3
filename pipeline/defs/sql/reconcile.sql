-- Bringing the working ledger in line with the partition set ($files, the files in the folder):
-- one DELETE a table, in dependency order, each returning the count of rows it dropped. The
-- statements without $files drop what hangs on nothing; the step that writes a table runs its own
-- (pipeline.defs.corpus.drop_orphans). {table} stands for each per-article table (schemas.registry).

-- table: ingest_log
DELETE FROM ingest_log WHERE file_name NOT IN (SELECT unnest($files::VARCHAR[]));

-- table: articles
DELETE FROM articles WHERE article_id NOT IN (SELECT article_id FROM ingest_log WHERE status = 'ingested');

-- table: {table}
DELETE FROM {table} WHERE article_id NOT IN (SELECT article_id FROM articles);

-- table: claim_figures
DELETE FROM claim_figures WHERE claim_id NOT IN (SELECT claim_id FROM claims);

-- table: claim_narratives
DELETE FROM claim_narratives WHERE claim_id NOT IN (SELECT claim_id FROM claims);

-- table: entities
DELETE FROM entities WHERE entity_id NOT IN (SELECT entity_id FROM mentions);

-- table: rejected_rows
DELETE FROM rejected_rows
WHERE json_extract_string(row_json, '$.article_id') NOT IN (SELECT article_id FROM ingest_log WHERE article_id IS NOT NULL);

-- table: rejected_rows of deleted files
DELETE FROM rejected_rows
WHERE table_name = 'ingest_log' AND json_extract_string(row_json, '$.file_name') NOT IN (SELECT unnest($files::VARCHAR[]));
