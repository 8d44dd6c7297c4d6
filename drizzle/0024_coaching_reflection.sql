CREATE TABLE `coaching_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`conversation_id` integer NOT NULL,
	`track_id` integer NOT NULL,
	`programme_id` integer,
	`description` text NOT NULL,
	`owner_id` integer NOT NULL,
	`due_date` text,
	`done_at` integer,
	`done_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`conversation_id`) REFERENCES `coaching_conversations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`track_id`) REFERENCES `learning_tracks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coaching_actions_owner` ON `coaching_actions` (`owner_id`,`done_at`);--> statement-breakpoint
CREATE INDEX `coaching_actions_programme` ON `coaching_actions` (`programme_id`,`done_at`);--> statement-breakpoint
CREATE TABLE `coaching_conversations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`track_id` integer NOT NULL,
	`participant_id` integer,
	`team_name` text DEFAULT '' NOT NULL,
	`programme_id` integer,
	`held_on` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`track_id`) REFERENCES `learning_tracks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `learning_track_participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coaching_conversations_track` ON `coaching_conversations` (`track_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `reflection_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`track_id` integer NOT NULL,
	`session_id` integer,
	`participant_id` integer NOT NULL,
	`applied` text DEFAULT '' NOT NULL,
	`hard` text DEFAULT '' NOT NULL,
	`needs` text DEFAULT '' NOT NULL,
	`lesson_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`track_id`) REFERENCES `learning_tracks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `learning_track_participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reflection_answers_track` ON `reflection_answers` (`track_id`,`session_id`,`participant_id`);--> statement-breakpoint
ALTER TABLE `learning_track_goals` ADD `judgement` text;