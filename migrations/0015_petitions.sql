CREATE TABLE "identity_access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_clearances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"granted_by" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text
);
--> statement-breakpoint
CREATE TABLE "petition_book_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "petition_book_counters_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "petition_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petitioner_identities" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"id_number" text,
	"phone" text,
	"address" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"book_no" integer NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"content_summary" text NOT NULL,
	"forwarded_by" text,
	"forward_letter_ref" text,
	"signer_count" integer NOT NULL,
	"is_anonymous" boolean NOT NULL,
	"rule_set_version" text NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity_access_log" ADD CONSTRAINT "identity_access_log_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_access_log" ADD CONSTRAINT "identity_access_log_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_clearances" ADD CONSTRAINT "identity_clearances_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_clearances" ADD CONSTRAINT "identity_clearances_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_book_counters" ADD CONSTRAINT "petition_book_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitioner_identities" ADD CONSTRAINT "petitioner_identities_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_access_log_petition_idx" ON "identity_access_log" USING btree ("petition_id","at");--> statement-breakpoint
CREATE INDEX "identity_clearances_staff_idx" ON "identity_clearances" USING btree ("staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "petition_events_seq_key" ON "petition_events" USING btree ("petition_id","seq");--> statement-breakpoint
CREATE INDEX "petition_events_actor_idx" ON "petition_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_book_key" ON "petitions" USING btree ("unit_id","year","book_no");--> statement-breakpoint
CREATE INDEX "petitions_unit_received_idx" ON "petitions" USING btree ("unit_id","received_at");--> statement-breakpoint
CREATE INDEX "petitions_summary_search_idx" ON "petitions" USING gin (search_fold("content_summary") gin_trgm_ops);