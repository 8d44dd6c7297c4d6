ALTER TABLE `memberships` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `course_corrections` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `findings` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `learning_questions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `studies` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `studies` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `studies` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `studies` ADD `archive_reason` text;--> statement-breakpoint
ALTER TABLE `lessons` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `lessons` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `lessons` ADD `archive_reason` text;--> statement-breakpoint
ALTER TABLE `pages` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `pages` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `pages` ADD `archive_reason` text;--> statement-breakpoint
ALTER TABLE `reflection_sessions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `assumptions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `assumptions` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `assumptions` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `assumptions` ADD `archive_reason` text;--> statement-breakpoint
ALTER TABLE `hypotheses` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `hypotheses` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `hypotheses` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `hypotheses` ADD `archive_reason` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `kind` text DEFAULT 'aantal' NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `min_value` real;--> statement-breakpoint
ALTER TABLE `indicators` ADD `max_value` real;--> statement-breakpoint
ALTER TABLE `indicators` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `indicators` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `indicators` ADD `archive_reason` text;--> statement-breakpoint
ALTER TABLE `measurements` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `measurements` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `measurements` ADD `withdrawn_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `measurements` ADD `withdraw_reason` text;--> statement-breakpoint
CREATE UNIQUE INDEX `measurements_live_day` ON `measurements` (`indicator_id`,`measured_on`) WHERE "measurements"."withdrawn_at" is null;--> statement-breakpoint
ALTER TABLE `programmes` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `programmes` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `programmes` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `programmes` ADD `archive_reason` text;--> statement-breakpoint
ALTER TABLE `roadmap_steps` ADD `archived_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `roadmap_steps` ADD `archive_reason` text;--> statement-breakpoint
ALTER TABLE `roadmap_steps` ADD `version` integer DEFAULT 1 NOT NULL;