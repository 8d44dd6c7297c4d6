CREATE TABLE `subsidy_application_effects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`agreed_effect_id` integer NOT NULL,
	`target` real NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `subsidy_applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreed_effect_id`) REFERENCES `agreed_effects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subsidy_application_effects_unique` ON `subsidy_application_effects` (`application_id`,`agreed_effect_id`);--> statement-breakpoint
CREATE TABLE `subsidy_applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`framework_id` integer NOT NULL,
	`partner_organisation_id` integer NOT NULL,
	`requested_amount` integer NOT NULL,
	`plan` text NOT NULL,
	`status` text DEFAULT 'ingediend' NOT NULL,
	`granted_amount` integer,
	`decision_reason` text DEFAULT '' NOT NULL,
	`decided_at` integer,
	`decided_by_id` integer,
	`submitted_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`framework_id`) REFERENCES `subsidy_frameworks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organisation_id`) REFERENCES `partner_organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subsidy_applications_framework` ON `subsidy_applications` (`framework_id`,`status`);--> statement-breakpoint
CREATE INDEX `subsidy_applications_partner` ON `subsidy_applications` (`organisation_id`,`partner_organisation_id`);--> statement-breakpoint
CREATE TABLE `subsidy_framework_effects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`framework_id` integer NOT NULL,
	`agreed_effect_id` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`framework_id`) REFERENCES `subsidy_frameworks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreed_effect_id`) REFERENCES `agreed_effects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subsidy_framework_effects_unique` ON `subsidy_framework_effects` (`framework_id`,`agreed_effect_id`);--> statement-breakpoint
CREATE TABLE `subsidy_frameworks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`budget` integer NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`criteria` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`archived_by_id` integer,
	`archive_reason` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`archived_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subsidy_frameworks_org` ON `subsidy_frameworks` (`organisation_id`,`archived_at`,`starts_on`);