-- The taxonomy's rows of article_narratives: every row but those of discovered narratives ($prefix).
SELECT article_id, narrative_id, weight FROM article_narratives
WHERE NOT starts_with(narrative_id, $prefix) ORDER BY article_id, narrative_id
