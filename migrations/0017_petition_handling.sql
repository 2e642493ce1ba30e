ALTER TABLE "petitions" ADD COLUMN "duplicate_of" uuid;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "duplicate_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "outcome_to" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_duplicate_of_petitions_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petitions_duplicate_of_idx" ON "petitions" USING btree ("duplicate_of");