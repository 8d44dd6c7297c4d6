ALTER TABLE `pages` ADD `opgave_id` integer REFERENCES opgaven(id);--> statement-breakpoint
CREATE INDEX `pages_opgave` ON `pages` (`opgave_id`);