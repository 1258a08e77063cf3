-- The taxonomy's rows of claim_narratives: every row but those of discovered narratives ($prefix).
SELECT claim_id, narrative_id, score FROM claim_narratives
WHERE NOT starts_with(narrative_id, $prefix) ORDER BY claim_id, narrative_id
