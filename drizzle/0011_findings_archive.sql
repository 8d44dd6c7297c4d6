ALTER TABLE `findings` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `findings` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `findings` ADD `archive_reason` text;