-- Hashes the events recorded before the chain existed, each chain in the order of its ids. audit_chain() is a
-- function of Impactkoers (db/audit-chain.ts) that db/migrate.ts registers before it migrates. The update trigger
-- is set aside for this one statement and put back as it was, inside the migration's transaction.
DROP TRIGGER `audit_events_no_update`;
--> statement-breakpoint
UPDATE `audit_events` SET `sequence` = c.`seq`, `prev_hash` = c.`prev`, `hash` = c.`chained`
FROM (
  SELECT `id`, `seq`, `chained`,
    coalesce(lag(`chained`) OVER (PARTITION BY `organisation_id` ORDER BY `id`), '') AS `prev`
  FROM (
    SELECT `id`, `organisation_id`, `seq`,
      audit_chain(`id`, `seq`, `organisation_id`, `actor_id`, `programme_id`, `action`, `entity_type`, `entity_id`,
        `summary`, `changes`, `created_at`)
        OVER (PARTITION BY `organisation_id` ORDER BY `id` ROWS UNBOUNDED PRECEDING) AS `chained`
    FROM (
      SELECT *, row_number() OVER (PARTITION BY `organisation_id` ORDER BY `id`) AS `seq` FROM `audit_events`
    )
  )
) AS c
WHERE c.`id` = `audit_events`.`id`;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
