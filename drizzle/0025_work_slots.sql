CREATE TABLE `work_slots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pool` text NOT NULL,
	`holder` text NOT NULL,
	`state` text NOT NULL,
	`lease_until` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_slots_holder_unique` ON `work_slots` (`holder`);--> statement-breakpoint
CREATE INDEX `work_slots_pool_state` ON `work_slots` (`pool`,`state`);