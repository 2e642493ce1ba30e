ALTER TABLE "petitions" ADD COLUMN "tracking_code" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "location" jsonb;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "service_code" text;--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_tracking_code_key" ON "petitions" USING btree ("tracking_code");