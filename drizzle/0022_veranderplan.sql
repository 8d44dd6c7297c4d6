CREATE TABLE `agreed_effects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`opgave_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`description` text NOT NULL,
	`baseline_value` real NOT NULL,
	`baseline_date` text NOT NULL,
	`target_value` real NOT NULL,
	`target_date` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`archived_by_id` integer,
	`archive_reason` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opgave_id`) REFERENCES `opgaven`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`archived_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreed_effects_opgave` ON `agreed_effects` (`opgave_id`,`archived_at`);--> statement-breakpoint
CREATE INDEX `agreed_effects_org` ON `agreed_effects` (`organisation_id`,`archived_at`);--> statement-breakpoint
CREATE INDEX `agreed_effects_indicator` ON `agreed_effects` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `change_plan_milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`change_plan_id` integer NOT NULL,
	`year` integer NOT NULL,
	`description` text NOT NULL,
	`owner_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`archived_by_id` integer,
	`archive_reason` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`change_plan_id`) REFERENCES `change_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`archived_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `change_plan_milestones_plan` ON `change_plan_milestones` (`change_plan_id`,`year`);--> statement-breakpoint
CREATE TABLE `change_plan_partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`change_plan_id` integer NOT NULL,
	`partner_organisation_id` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`change_plan_id`) REFERENCES `change_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_organisation_id`) REFERENCES `partner_organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `change_plan_partners_unique` ON `change_plan_partners` (`change_plan_id`,`partner_organisation_id`);--> statement-breakpoint
CREATE TABLE `change_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`opgave_id` integer NOT NULL,
	`change` text DEFAULT '' NOT NULL,
	`strategies` text DEFAULT '' NOT NULL,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opgave_id`) REFERENCES `opgaven`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `change_plans_opgave` ON `change_plans` (`opgave_id`);--> statement-breakpoint
CREATE INDEX `change_plans_org` ON `change_plans` (`organisation_id`);