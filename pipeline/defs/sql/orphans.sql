-- Rows whose foreign key points at nothing, one row per broken link.
SELECT 'figures.article_id' AS link, figure_id AS row_key FROM figures WHERE article_id NOT IN (SELECT article_id FROM articles)
UNION ALL SELECT 'sentences.article_id', article_id || ':' || sentence_no FROM sentences WHERE article_id NOT IN (SELECT article_id FROM articles)
UNION ALL SELECT 'mentions.entity_id', article_id || ':' || start FROM mentions WHERE entity_id NOT IN (SELECT entity_id FROM entities)
UNION ALL SELECT 'claims.article_id', claim_id FROM claims WHERE article_id NOT IN (SELECT article_id FROM articles)
UNION ALL SELECT 'claim_figures.claim_id', claim_id FROM claim_figures WHERE claim_id NOT IN (SELECT claim_id FROM claims)
UNION ALL SELECT 'claim_figures.figure_id', figure_id FROM claim_figures WHERE figure_id NOT IN (SELECT figure_id FROM figures)
UNION ALL SELECT 'claim_narratives.claim_id', claim_id FROM claim_narratives WHERE claim_id NOT IN (SELECT claim_id FROM claims)
UNION ALL SELECT 'claim_narratives.narrative_id', narrative_id FROM claim_narratives WHERE narrative_id NOT IN (SELECT narrative_id FROM narratives)
UNION ALL SELECT 'article_narratives.narrative_id', narrative_id FROM article_narratives WHERE narrative_id NOT IN (SELECT narrative_id FROM narratives)
UNION ALL SELECT 'article_narratives.article_id', article_id FROM article_narratives WHERE article_id NOT IN (SELECT article_id FROM articles)
ORDER BY 1, 2
