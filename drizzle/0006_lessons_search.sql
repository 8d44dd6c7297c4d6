-- Full-text search over lessons learned (title, what we learned, context and tags), kept up to date by triggers
-- so no write can forget it. Accents are ignored: "evaluatie" also finds "evaluatië".
CREATE VIRTUAL TABLE `lessons_search` USING fts5(`title`, `body`, `context`, `tags`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `lessons_search_insert` AFTER INSERT ON `lessons`
BEGIN
  INSERT INTO `lessons_search` (rowid, `title`, `body`, `context`, `tags`) VALUES (new.id, new.title, new.body, new.context, '');
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_search_update` AFTER UPDATE ON `lessons`
BEGIN
  UPDATE `lessons_search` SET `title` = new.title, `body` = new.body, `context` = new.context WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_search_delete` AFTER DELETE ON `lessons`
BEGIN
  DELETE FROM `lessons_search` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_search_tag_insert` AFTER INSERT ON `lesson_tags`
BEGIN
  UPDATE `lessons_search` SET `tags` = (SELECT group_concat(`tag`, ' ') FROM `lesson_tags` WHERE `lesson_id` = new.lesson_id) WHERE rowid = new.lesson_id;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_search_tag_delete` AFTER DELETE ON `lesson_tags`
BEGIN
  UPDATE `lessons_search` SET `tags` = coalesce((SELECT group_concat(`tag`, ' ') FROM `lesson_tags` WHERE `lesson_id` = old.lesson_id), '') WHERE rowid = old.lesson_id;
END;
