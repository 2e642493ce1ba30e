CREATE TABLE "legal_aid_refusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"requester" jsonb NOT NULL,
	"summary" text NOT NULL,
	"reason" text NOT NULL,
	"explanation" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_aid_cases" ADD COLUMN "immediate_ground" text;--> statement-breakpoint
ALTER TABLE "legal_aid_cases" ADD COLUMN "deadline_on" date;--> statement-breakpoint
ALTER TABLE "legal_aid_refusals" ADD CONSTRAINT "legal_aid_refusals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_aid_refusals_unit_idx" ON "legal_aid_refusals" USING btree ("unit_id","answered_at");