CREATE TABLE "dossier_daily_counts" (
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"received_online" integer DEFAULT 0 NOT NULL,
	"early" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dossier_daily_counts_unit_id_day_pk" PRIMARY KEY("unit_id","day")
);
--> statement-breakpoint
CREATE TABLE "feedback_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rating_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"dossier_code" text,
	"officer_name" text NOT NULL,
	"comment" text NOT NULL,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_daily_counts" (
	"unit_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"day" date NOT NULL,
	"very_satisfied" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"no_opinion" integer DEFAULT 0 NOT NULL,
	"unsatisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rating_daily_counts_unit_id_officer_id_day_pk" PRIMARY KEY("unit_id","officer_id","day")
);
--> statement-breakpoint
CREATE TABLE "rating_kiosks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"officer_name" text NOT NULL,
	"label" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"transaction" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"officer_id" uuid,
	"officer_name" text NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"scale" text DEFAULT 'counter-4' NOT NULL,
	"level" text NOT NULL,
	"attitude" text,
	"timeliness" text,
	"comment" text,
	"transaction_at" timestamp with time zone NOT NULL,
	"rated_at" timestamp with time zone NOT NULL,
	"kiosk_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_daily_counts" ADD CONSTRAINT "dossier_daily_counts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_daily_counts" ADD CONSTRAINT "rating_daily_counts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_kiosks" ADD CONSTRAINT "rating_kiosks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_items_rating_key" ON "feedback_items" USING btree ("rating_id");--> statement-breakpoint
CREATE INDEX "feedback_items_unit_idx" ON "feedback_items" USING btree ("unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_kiosks_token_key" ON "rating_kiosks" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "rating_kiosks_officer_idx" ON "rating_kiosks" USING btree ("officer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_transaction_key" ON "ratings" USING btree ("dossier_id","transaction");--> statement-breakpoint
CREATE INDEX "ratings_unit_rated_idx" ON "ratings" USING btree ("unit_id","rated_at");--> statement-breakpoint
CREATE INDEX "ratings_officer_rated_idx" ON "ratings" USING btree ("officer_id","rated_at");--> statement-breakpoint
CREATE INDEX "dossier_events_actor_idx" ON "dossier_events" USING btree ("actor_id","at");--> statement-breakpoint
-- The Vietnam calendar day of an instant (UTC+7, no daylight saving).
CREATE OR REPLACE FUNCTION vietnam_day(at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ((at AT TIME ZONE 'UTC') + interval '7 hours')::date $$;
--> statement-breakpoint
-- dossier_daily_counts follows every insert, relevant update and delete of a dossier: the old
-- row's contribution is taken away and the new one's added, in the same transaction.
CREATE OR REPLACE FUNCTION dossier_daily_counts_add(unit uuid, received timestamptz, channel text, finished timestamptz, outcome text, sign integer) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  IF received IS NOT NULL THEN
    INSERT INTO dossier_daily_counts AS c (unit_id, day, received, received_online)
    VALUES (unit, vietnam_day(received), sign, CASE WHEN channel = 'online' THEN sign ELSE 0 END)
    ON CONFLICT (unit_id, day) DO UPDATE SET received = c.received + EXCLUDED.received, received_online = c.received_online + EXCLUDED.received_online;
  END IF;
  IF finished IS NOT NULL AND outcome IN ('early', 'on_time', 'late') THEN
    INSERT INTO dossier_daily_counts AS c (unit_id, day, early, on_time, late)
    VALUES (unit, vietnam_day(finished),
      CASE WHEN outcome = 'early' THEN sign ELSE 0 END,
      CASE WHEN outcome = 'on_time' THEN sign ELSE 0 END,
      CASE WHEN outcome = 'late' THEN sign ELSE 0 END)
    ON CONFLICT (unit_id, day) DO UPDATE SET early = c.early + EXCLUDED.early, on_time = c.on_time + EXCLUDED.on_time, late = c.late + EXCLUDED.late;
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dossier_daily_counts_apply() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM dossier_daily_counts_add(OLD.receiving_unit_id, OLD.received_at, OLD.channel, OLD.finished_at, OLD.outcome, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM dossier_daily_counts_add(NEW.receiving_unit_id, NEW.received_at, NEW.channel, NEW.finished_at, NEW.outcome, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dossier_daily_counts_on_insert AFTER INSERT OR DELETE ON dossiers
  FOR EACH ROW EXECUTE FUNCTION dossier_daily_counts_apply();
--> statement-breakpoint
CREATE TRIGGER dossier_daily_counts_on_update AFTER UPDATE ON dossiers
  FOR EACH ROW
  WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at OR OLD.finished_at IS DISTINCT FROM NEW.finished_at
    OR OLD.outcome IS DISTINCT FROM NEW.outcome OR OLD.channel IS DISTINCT FROM NEW.channel
    OR OLD.receiving_unit_id IS DISTINCT FROM NEW.receiving_unit_id)
  EXECUTE FUNCTION dossier_daily_counts_apply();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rating_daily_counts_add(unit uuid, officer uuid, rated timestamptz, level text, sign integer) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rating_daily_counts AS c (unit_id, officer_id, day, very_satisfied, satisfied, no_opinion, unsatisfied)
  VALUES (unit, coalesce(officer, '00000000-0000-0000-0000-000000000000'), vietnam_day(rated),
    CASE WHEN level = 'very_satisfied' THEN sign ELSE 0 END,
    CASE WHEN level = 'satisfied' THEN sign ELSE 0 END,
    CASE WHEN level = 'no_opinion' THEN sign ELSE 0 END,
    CASE WHEN level = 'unsatisfied' THEN sign ELSE 0 END)
  ON CONFLICT (unit_id, officer_id, day) DO UPDATE SET
    very_satisfied = c.very_satisfied + EXCLUDED.very_satisfied, satisfied = c.satisfied + EXCLUDED.satisfied,
    no_opinion = c.no_opinion + EXCLUDED.no_opinion, unsatisfied = c.unsatisfied + EXCLUDED.unsatisfied;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rating_daily_counts_apply() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM rating_daily_counts_add(OLD.unit_id, OLD.officer_id, OLD.rated_at, OLD.level, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM rating_daily_counts_add(NEW.unit_id, NEW.officer_id, NEW.rated_at, NEW.level, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rating_daily_counts_on_insert AFTER INSERT OR DELETE ON ratings
  FOR EACH ROW EXECUTE FUNCTION rating_daily_counts_apply();
--> statement-breakpoint
CREATE TRIGGER rating_daily_counts_on_update AFTER UPDATE ON ratings
  FOR EACH ROW
  WHEN (OLD.level IS DISTINCT FROM NEW.level OR OLD.rated_at IS DISTINCT FROM NEW.rated_at
    OR OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.officer_id IS DISTINCT FROM NEW.officer_id)
  EXECUTE FUNCTION rating_daily_counts_apply();
--> statement-breakpoint
-- Dossiers recorded before this migration.
INSERT INTO dossier_daily_counts (unit_id, day, received, received_online, early, on_time, late)
SELECT unit_id, day, sum(received), sum(received_online), sum(early), sum(on_time), sum(late) FROM (
  SELECT receiving_unit_id AS unit_id, vietnam_day(received_at) AS day, 1 AS received, (channel = 'online')::int AS received_online, 0 AS early, 0 AS on_time, 0 AS late
    FROM dossiers WHERE received_at IS NOT NULL
  UNION ALL
  SELECT receiving_unit_id, vietnam_day(finished_at), 0, 0, (outcome = 'early')::int, (outcome = 'on_time')::int, (outcome = 'late')::int
    FROM dossiers WHERE finished_at IS NOT NULL AND outcome IN ('early', 'on_time', 'late')
) AS facts GROUP BY unit_id, day;
