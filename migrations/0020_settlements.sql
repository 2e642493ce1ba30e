CREATE TABLE "petition_settlement_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"settlement_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition_settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL,
	"decision_ref" text NOT NULL,
	"is_remote" boolean NOT NULL,
	"complexity" jsonb NOT NULL,
	"clock_rule" text NOT NULL,
	"clock" jsonb NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone,
	"original_due_at" timestamp with time zone NOT NULL,
	"result" text,
	"decided_at" timestamp with time zone,
	"is_on_time" boolean,
	"answer" text,
	"closed_at" timestamp with time zone,
	"previous_settlement_id" uuid,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petition_settlement_events" ADD CONSTRAINT "petition_settlement_events_settlement_id_petition_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."petition_settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_settlements" ADD CONSTRAINT "petition_settlements_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_settlements" ADD CONSTRAINT "petition_settlements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_settlements" ADD CONSTRAINT "petition_settlements_previous_settlement_id_petition_settlements_id_fk" FOREIGN KEY ("previous_settlement_id") REFERENCES "public"."petition_settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "petition_settlement_events_seq_key" ON "petition_settlement_events" USING btree ("settlement_id","seq");--> statement-breakpoint
CREATE INDEX "petition_settlement_events_actor_idx" ON "petition_settlement_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "petition_settlements_petition_key" ON "petition_settlements" USING btree ("petition_id");--> statement-breakpoint
CREATE INDEX "petition_settlements_unit_idx" ON "petition_settlements" USING btree ("unit_id","accepted_at");--> statement-breakpoint
CREATE INDEX "petition_settlements_open_due_idx" ON "petition_settlements" USING btree ("due_at") WHERE "petition_settlements"."closed_at" is null;