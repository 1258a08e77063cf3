-- Input files that could not be used, with the reason.
SELECT file_name, reason FROM ingest_log WHERE status = 'refused' ORDER BY file_name
