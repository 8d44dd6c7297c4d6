CREATE TABLE `opgave_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`opgave_id` integer NOT NULL,
	`label` text NOT NULL,
	`value` real NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`measured_on` text,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opgave_id`) REFERENCES `opgaven`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opgave_figures_opgave` ON `opgave_figures` (`opgave_id`);--> statement-breakpoint
CREATE TABLE `opgave_rank_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`opgave_id` integer NOT NULL,
	`from_rank` integer,
	`to_rank` integer,
	`session_id` integer,
	`changed_by_id` integer NOT NULL,
	`changed_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opgave_id`) REFERENCES `opgaven`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `strategic_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opgave_rank_changes_opgave` ON `opgave_rank_changes` (`opgave_id`,`changed_at`);--> statement-breakpoint
CREATE TABLE `opgaven` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`target_group` text DEFAULT '' NOT NULL,
	`area` text DEFAULT '' NOT NULL,
	`owner_id` integer,
	`rank` integer,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`archived_by_id` integer,
	`archive_reason` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`archived_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opgaven_org` ON `opgaven` (`organisation_id`,`archived_at`,`rank`);--> statement-breakpoint
CREATE TABLE `strategic_session_agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`description` text NOT NULL,
	`owner_id` integer NOT NULL,
	`due_date` text,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `strategic_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `strategic_session_agreements_session` ON `strategic_session_agreements` (`session_id`);--> statement-breakpoint
CREATE TABLE `strategic_session_ideas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `strategic_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `strategic_session_opgaven`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `strategic_session_ideas_session` ON `strategic_session_ideas` (`session_id`);--> statement-breakpoint
CREATE TABLE `strategic_session_opgaven` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`opgave_id` integer,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `strategic_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opgave_id`) REFERENCES `opgaven`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `strategic_session_opgaven_session` ON `strategic_session_opgaven` (`session_id`);--> statement-breakpoint
CREATE TABLE `strategic_session_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`user_id` integer,
	`partner_organisation_id` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `strategic_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organisation_id`) REFERENCES `partner_organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategic_session_participants_user` ON `strategic_session_participants` (`session_id`,`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `strategic_session_participants_partner` ON `strategic_session_participants` (`session_id`,`partner_organisation_id`);--> statement-breakpoint
CREATE INDEX `strategic_session_participants_partner_org` ON `strategic_session_participants` (`partner_organisation_id`);--> statement-breakpoint
CREATE TABLE `strategic_session_rankings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`position` integer NOT NULL,
	`entered_by_id` integer NOT NULL,
	`entered_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `strategic_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `strategic_session_participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `strategic_session_opgaven`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategic_session_rankings_unique` ON `strategic_session_rankings` (`participant_id`,`item_id`);--> statement-breakpoint
CREATE TABLE `strategic_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`agenda` text DEFAULT '' NOT NULL,
	`guests` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'gepland' NOT NULL,
	`processed_at` integer,
	`processed_by_id` integer,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`archived_by_id` integer,
	`archive_reason` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`processed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`archived_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `strategic_sessions_org` ON `strategic_sessions` (`organisation_id`,`held_on`);--> statement-breakpoint
ALTER TABLE `programmes` ADD `opgave_id` integer REFERENCES opgaven(id);