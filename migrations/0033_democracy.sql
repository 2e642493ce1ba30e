CREATE TABLE "community_conferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"held_on" date NOT NULL,
	"attendees" integer NOT NULL,
	"minutes_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"title" text NOT NULL,
	"opened_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"feedback_count" integer,
	"feedback_summary" text,
	"answer" text,
	"answered_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"disclosure_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"place" text,
	"started_on" date NOT NULL,
	"ended_on" date,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"item" integer NOT NULL,
	"title" text NOT NULL,
	"document_ref" text,
	"document_date" date NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"village_unit_id" uuid NOT NULL,
	"household_code" text NOT NULL,
	"consented_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"item" integer NOT NULL,
	"title" text NOT NULL,
	"proposer" text NOT NULL,
	"proposed_on" date NOT NULL,
	"form" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"board" text NOT NULL,
	"subject" text NOT NULL,
	"finding" text NOT NULL,
	"recommendation" text NOT NULL,
	"addressed_to" text NOT NULL,
	"found_on" date NOT NULL,
	"response" text,
	"responded_on" date,
	"closed_on" date,
	"closing_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "matter_id" uuid;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "clusters" jsonb;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "ballot" jsonb;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "send_due_on" date;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "decision_ref" text;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "signatories" jsonb;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "sent_on" date;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "recognition_due_on" date;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "recognition" text;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "recognition_ref" text;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "recognised_on" date;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "refusal_reason" text;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "community_conferences" ADD CONSTRAINT "community_conferences_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_channels" ADD CONSTRAINT "disclosure_channels_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_consents" ADD CONSTRAINT "initiative_consents_matter_id_resident_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."resident_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_consents" ADD CONSTRAINT "initiative_consents_village_unit_id_units_id_fk" FOREIGN KEY ("village_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_matters" ADD CONSTRAINT "resident_matters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_findings" ADD CONSTRAINT "supervision_findings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "community_conferences_unit_year_key" ON "community_conferences" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "consultations_unit_idx" ON "consultations" USING btree ("unit_id","opened_on");--> statement-breakpoint
CREATE INDEX "disclosure_channels_disclosure_idx" ON "disclosure_channels" USING btree ("disclosure_id");--> statement-breakpoint
CREATE INDEX "disclosures_unit_idx" ON "disclosures" USING btree ("unit_id","document_date");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_consents_household_key" ON "initiative_consents" USING btree ("matter_id","village_unit_id","household_code","consented_on");--> statement-breakpoint
CREATE INDEX "resident_matters_unit_idx" ON "resident_matters" USING btree ("unit_id","proposed_on");--> statement-breakpoint
CREATE INDEX "supervision_findings_unit_idx" ON "supervision_findings" USING btree ("unit_id","found_on");--> statement-breakpoint
ALTER TABLE "resident_votes" ADD CONSTRAINT "resident_votes_matter_id_resident_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."resident_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resident_votes_matter_idx" ON "resident_votes" USING btree ("matter_id");