CREATE TABLE `roadmap_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`decision_id` integer NOT NULL,
	`route` text NOT NULL,
	`step_key` text NOT NULL,
	`is_first_step` integer DEFAULT false NOT NULL,
	`position` integer NOT NULL,
	`owner_id` integer,
	`due_date` text,
	`status` text DEFAULT 'te_doen' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` integer,
	`completed_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decision_id`) REFERENCES `route_decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `roadmap_steps_org` ON `roadmap_steps` (`organisation_id`,`archived_at`,`position`);--> statement-breakpoint
CREATE TABLE `route_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`primary_route` text NOT NULL,
	`secondary_route` text,
	`rationale` text NOT NULL,
	`intake_answers` text,
	`decided_by_id` integer NOT NULL,
	`decided_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `route_decisions_org` ON `route_decisions` (`organisation_id`,`decided_at`);