CREATE TABLE "report_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"figure_id" text,
	"label" text NOT NULL,
	"value" double precision NOT NULL,
	"denominator" double precision,
	"unit_word" text,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"source" text,
	"declared_by" text NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "report_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"number" text,
	"signer_title" text NOT NULL,
	"signer_name" text,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"free_text" jsonb NOT NULL,
	"content" jsonb,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_at" timestamp with time zone,
	"signed_by" text,
	"sent_at" timestamp with time zone,
	"sent_to" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_declarations" ADD CONSTRAINT "report_declarations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_declarations_unit_idx" ON "report_declarations" USING btree ("unit_id","period_from");--> statement-breakpoint
CREATE INDEX "report_runs_unit_idx" ON "report_runs" USING btree ("unit_id","created_at");