ALTER TABLE "petitions" ADD COLUMN "clock_rule" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "clock" jsonb;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "handled_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "petitions_open_due_idx" ON "petitions" USING btree ("due_at") WHERE "petitions"."handled_at" is null;