CREATE TABLE "petition_sync_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"count" integer NOT NULL,
	"records" jsonb NOT NULL,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "petition_sync_state" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"stamp" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"state" text NOT NULL,
	"exported_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "petition_sync_batches" ADD CONSTRAINT "petition_sync_batches_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_sync_state" ADD CONSTRAINT "petition_sync_state_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_sync_state" ADD CONSTRAINT "petition_sync_state_batch_id_petition_sync_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."petition_sync_batches"("id") ON DELETE no action ON UPDATE no action;