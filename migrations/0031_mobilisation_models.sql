CREATE TABLE "contest_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contest_id" uuid NOT NULL,
	"title" text NOT NULL,
	"author" text NOT NULL,
	"submitted_on" date NOT NULL,
	"score" integer,
	"prize" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"organiser" text NOT NULL,
	"rules" text,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mobilisation_model_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"model_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mobilisation_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"owner_organisation" text NOT NULL,
	"field" text NOT NULL,
	"registered_on" date NOT NULL,
	"objectives" text,
	"replicates_id" uuid,
	"status" text NOT NULL,
	"recognitions" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilisation_model_events" ADD CONSTRAINT "mobilisation_model_events_model_id_mobilisation_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."mobilisation_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilisation_models" ADD CONSTRAINT "mobilisation_models_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contest_entries_contest_idx" ON "contest_entries" USING btree ("contest_id");--> statement-breakpoint
CREATE INDEX "contests_unit_idx" ON "contests" USING btree ("unit_id","opens_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mobilisation_model_events_seq_key" ON "mobilisation_model_events" USING btree ("model_id","seq");--> statement-breakpoint
CREATE INDEX "mobilisation_model_events_actor_idx" ON "mobilisation_model_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "mobilisation_models_unit_idx" ON "mobilisation_models" USING btree ("unit_id","registered_on");--> statement-breakpoint
CREATE INDEX "mobilisation_models_replicates_idx" ON "mobilisation_models" USING btree ("replicates_id");