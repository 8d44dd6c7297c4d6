CREATE TABLE `audit_chain_checks` (
	`organisation_id` integer PRIMARY KEY NOT NULL,
	`checked_at` integer NOT NULL,
	`events` integer NOT NULL,
	`head_id` integer,
	`head_hash` text,
	`broken_id` integer,
	`broken_kind` text,
	`broken_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `audit_events` ADD `sequence` integer;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `hash` text;--> statement-breakpoint
CREATE INDEX `audit_events_chain` ON `audit_events` (`organisation_id`,`id`);