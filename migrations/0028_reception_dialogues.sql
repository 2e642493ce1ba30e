CREATE TABLE "reception_log_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "reception_log_counters_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "reception_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"host_body" text NOT NULL,
	"host_role" text NOT NULL,
	"host_name" text NOT NULL,
	"kind" text NOT NULL,
	"form" text NOT NULL,
	"place" text NOT NULL,
	"date" date NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	"published" boolean NOT NULL,
	"connected_points" jsonb NOT NULL,
	"status" text NOT NULL,
	"held_by_name" text,
	"delegated" boolean DEFAULT false NOT NULL,
	"recording_ref" text,
	"note" text,
	"points_notified_at" timestamp with time zone,
	"points_confirmed_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_visitors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"visit_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"role" text NOT NULL,
	"full_name" text NOT NULL,
	"id_number" text,
	"phone" text,
	"address" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "reception_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"session_id" uuid,
	"year" integer NOT NULL,
	"entry_no" integer NOT NULL,
	"visited_at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"people_count" integer NOT NULL,
	"group_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"is_repeat" boolean NOT NULL,
	"appointment_ref" text,
	"content_summary" text NOT NULL,
	"prior_handling" text,
	"request" text,
	"nature" text NOT NULL,
	"field" text,
	"outcome" text NOT NULL,
	"outcome_to" text,
	"refusal_reason" text,
	"documents" jsonb NOT NULL,
	"officer_id" uuid,
	"officer_name" text NOT NULL,
	"petition_id" uuid,
	"identity_protected" boolean NOT NULL,
	"answer_due_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_beneficiaries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"commitment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"token_hash" text,
	"asked_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer" text,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "commitment_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"commitment_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"origin" text NOT NULL,
	"origin_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"text" text NOT NULL,
	"public_text" text NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_name" text NOT NULL,
	"due_on" date NOT NULL,
	"expected_evidence" text NOT NULL,
	"status" text NOT NULL,
	"progress_pct" integer DEFAULT 0 NOT NULL,
	"evidence" jsonb NOT NULL,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"escalated_at" timestamp with time zone,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"host_body" text NOT NULL,
	"host_name" text NOT NULL,
	"co_host" text,
	"petition_id" uuid,
	"title" text NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"held_at" timestamp with time zone,
	"place" text NOT NULL,
	"form" text NOT NULL,
	"invitation_ref" text,
	"invitation_sent_at" timestamp with time zone,
	"status" text NOT NULL,
	"attendees_count" integer,
	"participants" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"agreed" text,
	"differences" text,
	"minutes_ref" text,
	"copies" integer,
	"absence" jsonb,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reception_log_counters" ADD CONSTRAINT "reception_log_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visitors" ADD CONSTRAINT "reception_visitors_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_officer_id_staff_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_beneficiaries" ADD CONSTRAINT "commitment_beneficiaries_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_events" ADD CONSTRAINT "commitment_events_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_sessions_unit_date_idx" ON "reception_sessions" USING btree ("unit_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_visitors_seq_key" ON "reception_visitors" USING btree ("visit_id","seq");--> statement-breakpoint
CREATE INDEX "reception_visitors_id_number_idx" ON "reception_visitors" USING btree ("id_number");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_visits_entry_key" ON "reception_visits" USING btree ("unit_id","year","entry_no");--> statement-breakpoint
CREATE INDEX "reception_visits_unit_visited_idx" ON "reception_visits" USING btree ("unit_id","visited_at");--> statement-breakpoint
CREATE INDEX "reception_visits_session_idx" ON "reception_visits" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "reception_visits_matter_idx" ON "reception_visits" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "reception_visits_summary_search_idx" ON "reception_visits" USING gin (search_fold("content_summary") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "commitment_beneficiaries_commitment_idx" ON "commitment_beneficiaries" USING btree ("commitment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_beneficiaries_token_key" ON "commitment_beneficiaries" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_events_seq_key" ON "commitment_events" USING btree ("commitment_id","seq");--> statement-breakpoint
CREATE INDEX "commitment_events_actor_idx" ON "commitment_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "commitments_unit_idx" ON "commitments" USING btree ("unit_id","due_on");--> statement-breakpoint
CREATE INDEX "commitments_owner_idx" ON "commitments" USING btree ("owner_unit_id","status");--> statement-breakpoint
CREATE INDEX "commitments_origin_idx" ON "commitments" USING btree ("origin_id");--> statement-breakpoint
CREATE INDEX "dialogues_unit_planned_idx" ON "dialogues" USING btree ("unit_id","planned_at");--> statement-breakpoint
CREATE INDEX "dialogues_petition_idx" ON "dialogues" USING btree ("petition_id");