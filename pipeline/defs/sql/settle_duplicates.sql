-- Of the articles $ids, the smallest file name holding a text owns it; the other holders are its
-- duplicates. An owner keeps the note its row was written with, unless that note named another owner.
UPDATE ingest_log AS l SET
    status = CASE WHEN l.file_name = o.owner THEN 'ingested' ELSE 'duplicate' END,
    reason = CASE WHEN l.file_name <> o.owner THEN 'same text as ' || o.owner
                  WHEN starts_with(l.reason, 'same text as ') THEN NULL ELSE l.reason END
FROM (SELECT article_id, min(file_name) AS owner FROM ingest_log
      WHERE article_id IN (SELECT unnest($ids::VARCHAR[])) GROUP BY article_id) AS o
WHERE l.article_id = o.article_id
