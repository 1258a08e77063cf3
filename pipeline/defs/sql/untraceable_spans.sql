-- Spans that do not point at their quote in the article's original text.
-- DuckDB's substring is 1-based: text_original[start:end] in Python is substring(text, start + 1, end - start).
-- $files: the files of a run that redid only them, whose articles' spans are checked; NULL: every span.
WITH spans AS (
    SELECT 'figures' AS table_name, figure_id AS row_key, article_id, start, "end", quote FROM figures
    UNION ALL SELECT 'claims', claim_id, article_id, start, "end", text FROM claims
    UNION ALL SELECT 'mentions', article_id || ':' || start, article_id, start, "end", surface FROM mentions
    UNION ALL SELECT 'sentences', article_id || ':' || sentence_no, article_id, start, "end", text FROM sentences
)
SELECT s.table_name, s.row_key, s.quote,
       CASE WHEN a.article_id IS NULL THEN 'article missing'
            WHEN s."end" > a.n_chars THEN 'span past the end of the text'
            ELSE 'quote differs from the text at the span' END AS problem
FROM spans s LEFT JOIN articles a USING (article_id)
WHERE ($files::VARCHAR[] IS NULL
       OR s.article_id IN (SELECT article_id FROM ingest_log WHERE file_name IN (SELECT unnest($files::VARCHAR[]))))
  AND (a.article_id IS NULL OR s."end" > a.n_chars
       OR substring(a.text_original, s.start + 1, s."end" - s.start) <> s.quote)
ORDER BY 1, 2
