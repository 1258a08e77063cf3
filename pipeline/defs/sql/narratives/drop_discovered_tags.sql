-- The discovered narratives' rows of claim_narratives ($prefix), before they are found anew.
DELETE FROM claim_narratives WHERE starts_with(narrative_id, $prefix)
