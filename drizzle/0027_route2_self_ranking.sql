ALTER TABLE `strategic_session_participants` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `strategic_sessions` ADD `rankings_closed_at` integer;--> statement-breakpoint
ALTER TABLE `strategic_sessions` ADD `rankings_closed_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `subsidy_applications` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `subsidy_applications` ADD `withdrawn_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `subsidy_applications` ADD `withdrawal_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `change_plan_milestones` ADD `done_at` integer;