-- What a feedback item is about (Decision 766 indicator 5.1) and what the unit's verification found:
-- only a conduct complaint that is not disproven counts against the officer (TT 01/2018 indicator 7).
ALTER TABLE "feedback_items" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD COLUMN "finding" text;--> statement-breakpoint
-- The "dislikes" of Decision 766 indicator 5.4 over a period, without reading the other ratings.
CREATE INDEX "ratings_unit_unsatisfied_idx" ON "ratings" USING btree ("unit_id","rated_at") WHERE "ratings"."level" = 'unsatisfied';--> statement-breakpoint
-- The dossiers unfinished at an instant (received before it, finished at or after it, or not yet):
-- the instant lies in (received_at, finished_at]. The figures of a period judge them at its end,
-- for any period however old, in a time that follows their number, not the table's.
CREATE INDEX "dossiers_open_interval_idx" ON "dossiers" USING gist (tstzrange("received_at", "finished_at", '(]'))
  WHERE "received_at" IS NOT NULL AND ("finished_at" IS NULL OR "finished_at" >= "received_at");
