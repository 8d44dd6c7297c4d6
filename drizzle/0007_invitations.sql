ALTER TABLE `memberships` ADD `accepted_at` integer;--> statement-breakpoint
ALTER TABLE `memberships` ADD `invited_name` text;--> statement-breakpoint
ALTER TABLE `users` ADD `last_organisation_id` integer REFERENCES organisations(id);--> statement-breakpoint
-- Every membership made before invitations existed counts as accepted.
UPDATE `memberships` SET `accepted_at` = `created_at`;
