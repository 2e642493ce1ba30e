CREATE TABLE "petition_protection_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" text NOT NULL,
	"measures_asked" jsonb NOT NULL,
	"status" text NOT NULL,
	"measures_granted" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision_ref" text,
	"decided_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"reason" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petition_protection_requests" ADD CONSTRAINT "petition_protection_requests_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_protection_requests_petition_idx" ON "petition_protection_requests" USING btree ("petition_id");