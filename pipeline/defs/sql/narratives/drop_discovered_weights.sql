-- The discovered narratives' rows of article_narratives ($prefix), before they are found anew.
DELETE FROM article_narratives WHERE starts_with(narrative_id, $prefix)
