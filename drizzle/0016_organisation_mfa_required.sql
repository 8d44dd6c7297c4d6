ALTER TABLE `organisations` ADD `mfa_required` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `mfa_required_version` integer DEFAULT 1 NOT NULL;