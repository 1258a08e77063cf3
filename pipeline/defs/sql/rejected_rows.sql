-- Rows that failed validation on write (kept aside in rejected_rows).
SELECT table_name, reason FROM rejected_rows ORDER BY table_name, reason, row_json
