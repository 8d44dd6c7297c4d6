CREATE TABLE `reporting_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`partner_organisation_id` integer NOT NULL,
	`created_by_id` integer NOT NULL,
	`ended_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organisation_id`) REFERENCES `partner_organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_assignments_live` ON `reporting_assignments` (`indicator_id`,`partner_organisation_id`) WHERE "reporting_assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX `reporting_assignments_partner` ON `reporting_assignments` (`partner_organisation_id`,`programme_id`);--> statement-breakpoint
CREATE TABLE `reporting_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`partner_organisation_id` integer NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`due_on` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organisation_id`) REFERENCES `partner_organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_periods_span` ON `reporting_periods` (`programme_id`,`partner_organisation_id`,`starts_on`,`ends_on`);--> statement-breakpoint
CREATE INDEX `reporting_periods_due` ON `reporting_periods` (`organisation_id`,`due_on`);--> statement-breakpoint
CREATE TABLE `submission_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`submission_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`content` blob NOT NULL,
	`uploaded_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `submission_insights` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`submission_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`assumption_id` integer,
	`verdict` text,
	`evidence` text DEFAULT '' NOT NULL,
	`review_comment` text DEFAULT '' NOT NULL,
	`finding_id` integer,
	`lesson_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assumption_id`) REFERENCES `assumptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submission_insights_submission` ON `submission_insights` (`submission_id`);--> statement-breakpoint
CREATE TABLE `submission_transitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`submission_id` integer NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`changed_by_id` integer NOT NULL,
	`changed_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submission_transitions_submission` ON `submission_transitions` (`submission_id`,`changed_at`);--> statement-breakpoint
CREATE TABLE `submission_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`submission_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`measured_on` text NOT NULL,
	`value` real NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`review_comment` text DEFAULT '' NOT NULL,
	`measurement_id` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measurement_id`) REFERENCES `measurements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submission_values_indicator` ON `submission_values` (`submission_id`,`indicator_id`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`partner_organisation_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`went_well` text DEFAULT '' NOT NULL,
	`went_less` text DEFAULT '' NOT NULL,
	`learned` text DEFAULT '' NOT NULL,
	`review_comment` text DEFAULT '' NOT NULL,
	`submitted_at` integer,
	`submitted_by_id` integer,
	`reviewed_at` integer,
	`reviewed_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organisation_id`) REFERENCES `partner_organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_periodId_unique` ON `submissions` (`period_id`);--> statement-breakpoint
CREATE INDEX `submissions_programme` ON `submissions` (`programme_id`,`status`);--> statement-breakpoint
ALTER TABLE `findings` ADD `partner_organisation_id` integer REFERENCES partner_organisations(id);--> statement-breakpoint
ALTER TABLE `studies` ADD `partner_organisation_id` integer REFERENCES partner_organisations(id);--> statement-breakpoint
ALTER TABLE `lessons` ADD `partner_organisation_id` integer REFERENCES partner_organisations(id);--> statement-breakpoint
ALTER TABLE `measurements` ADD `partner_organisation_id` integer REFERENCES partner_organisations(id);