CREATE TABLE `dashboard_figures` (
	`organisation_id` integer NOT NULL,
	`computed_for` text NOT NULL,
	`programme_id` integer NOT NULL,
	`audit_version` integer NOT NULL,
	`figures` text NOT NULL,
	`computed_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`organisation_id`, `computed_for`, `programme_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
