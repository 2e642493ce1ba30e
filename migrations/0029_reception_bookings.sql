CREATE TABLE "reception_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"queue_no" integer NOT NULL,
	"full_name" text NOT NULL,
	"id_number" text NOT NULL,
	"phone" text,
	"matter" text NOT NULL,
	"booked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reception_bookings" ADD CONSTRAINT "reception_bookings_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reception_bookings_queue_key" ON "reception_bookings" USING btree ("session_id","queue_no");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_bookings_person_key" ON "reception_bookings" USING btree ("session_id","id_number");