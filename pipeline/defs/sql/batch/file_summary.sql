-- Per file of $files: what became of it, and what the ledger holds of its article.
SELECT
    l.file_name, l.status, l.reason, l.format, l.encoding, l.article_id, a.n_chars,
    (SELECT count(*) FROM figures f WHERE f.article_id = l.article_id) AS figures,
    (SELECT count(*) FROM claims c WHERE c.article_id = l.article_id) AS claims
FROM ingest_log l LEFT JOIN articles a USING (article_id)
WHERE l.file_name IN (SELECT unnest($files::VARCHAR[]))
ORDER BY l.file_name
