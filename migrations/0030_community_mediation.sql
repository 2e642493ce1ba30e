CREATE TABLE "mediation_book_counters" (
	"team_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "mediation_book_counters_team_id_year_pk" PRIMARY KEY("team_id","year")
);
--> statement-breakpoint
CREATE TABLE "mediation_case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"book_no" integer NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"grounds" text NOT NULL,
	"parties" jsonb NOT NULL,
	"field" text NOT NULL,
	"summary" text NOT NULL,
	"exclusion" text,
	"referred_to" text,
	"mediator_ids" jsonb NOT NULL,
	"chosen_by_parties" boolean NOT NULL,
	"status" text NOT NULL,
	"start_due_on" date,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"agreement_ref" text,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"decision_ref" text,
	"established_on" date NOT NULL,
	"requires_ethnic_minority" boolean NOT NULL,
	"reviewed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"sex" text NOT NULL,
	"ethnicity" text NOT NULL,
	"is_ethnic_minority" boolean NOT NULL,
	"is_leader" boolean NOT NULL,
	"elected_on" date NOT NULL,
	"method" text NOT NULL,
	"votes_for" integer NOT NULL,
	"households_at_election" integer NOT NULL,
	"recognition_ref" text,
	"ended_on" date,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"item" integer NOT NULL,
	"title" text NOT NULL,
	"form" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"households_total" integer NOT NULL,
	"present" integer NOT NULL,
	"yes" integer NOT NULL,
	"no" integer NOT NULL,
	"threshold" text NOT NULL,
	"needed" integer NOT NULL,
	"passed" boolean NOT NULL,
	"ballot_required" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "village_households" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"count" integer NOT NULL,
	"source" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mediation_book_counters" ADD CONSTRAINT "mediation_book_counters_team_id_mediation_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."mediation_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_case_events" ADD CONSTRAINT "mediation_case_events_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_team_id_mediation_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."mediation_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_teams" ADD CONSTRAINT "mediation_teams_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediators" ADD CONSTRAINT "mediators_team_id_mediation_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."mediation_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_votes" ADD CONSTRAINT "resident_votes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_households" ADD CONSTRAINT "village_households_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_case_events_seq_key" ON "mediation_case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "mediation_case_events_actor_idx" ON "mediation_case_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_cases_book_key" ON "mediation_cases" USING btree ("team_id","year","book_no");--> statement-breakpoint
CREATE INDEX "mediation_cases_unit_received_idx" ON "mediation_cases" USING btree ("unit_id","received_at");--> statement-breakpoint
CREATE INDEX "mediation_teams_unit_idx" ON "mediation_teams" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "mediators_team_idx" ON "mediators" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "resident_votes_unit_idx" ON "resident_votes" USING btree ("unit_id","held_at");--> statement-breakpoint
CREATE UNIQUE INDEX "village_households_unit_as_of_key" ON "village_households" USING btree ("unit_id","as_of");