ALTER TABLE "petitions" ADD COLUMN "classification" jsonb;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "field" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "is_eligible" boolean;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "is_skipped_level" boolean;