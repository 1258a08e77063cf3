-- Each table's rows over all partitions ({rows}: a read_parquet of the table's folder), keeping one copy of
-- what several files hold: an article's rows from its owner (the smallest file name holding its text,
-- from the gathered ingest_log), an entity's from the first article naming it.

-- kind: ingest_log
SELECT * EXCLUDE (_file, _article, _part) FROM {rows}

-- kind: article
SELECT * EXCLUDE (_file, _article, _part) FROM {rows}
WHERE _file = (SELECT min(file_name) FROM ingest_log AS l WHERE l.article_id = _article)

-- kind: claim
SELECT * EXCLUDE (_file, _article, _part) FROM {rows}
WHERE _file = (SELECT min(file_name) FROM ingest_log AS l WHERE l.article_id = _article)

-- kind: entity
SELECT * EXCLUDE (_file, _article, _part) FROM {rows}
QUALIFY row_number() OVER (PARTITION BY entity_id ORDER BY _article, _file) = 1

-- kind: rejected
SELECT DISTINCT * EXCLUDE (_file, _article, _part) FROM {rows}
WHERE _file = coalesce((SELECT min(file_name) FROM ingest_log AS l WHERE l.article_id = _article), _file)
