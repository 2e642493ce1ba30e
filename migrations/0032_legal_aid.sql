CREATE TABLE "legal_aid_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL,
	"requester" jsonb NOT NULL,
	"group" text NOT NULL,
	"form" text NOT NULL,
	"field" text NOT NULL,
	"summary" text NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid,
	"status" text NOT NULL,
	"proof_due_at" timestamp with time zone,
	"proof_received_at" timestamp with time zone,
	"assign_due_at" timestamp with time zone NOT NULL,
	"assigned_at" timestamp with time zone,
	"assignee" text,
	"quality_score" integer,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "legal_aid_counters_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "legal_aid_events" (
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
ALTER TABLE "legal_aid_cases" ADD CONSTRAINT "legal_aid_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_counters" ADD CONSTRAINT "legal_aid_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_events" ADD CONSTRAINT "legal_aid_events_case_id_legal_aid_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."legal_aid_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_cases_code_key" ON "legal_aid_cases" USING btree ("unit_id","code");--> statement-breakpoint
CREATE INDEX "legal_aid_cases_unit_idx" ON "legal_aid_cases" USING btree ("unit_id","accepted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_events_seq_key" ON "legal_aid_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "legal_aid_events_actor_idx" ON "legal_aid_events" USING btree ("actor_id","at");