ALTER TABLE "dossier_daily_counts" ADD COLUMN "open_from" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_daily_counts" ADD COLUMN "open_to" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_daily_counts" ADD COLUMN "overdue_from" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_daily_counts" ADD COLUMN "overdue_to" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Whether a dossier's statutory appointment may differ from its first one (its clock paused,
-- restarted or was extended, or a supplement or pause is on record): such dossiers are judged one
-- by one at a period's end (src/modules/reports/period-end.ts); the others are due at
-- original_due_at at any instant and are counted from the daily counts.
CREATE OR REPLACE FUNCTION dossier_appointment_moved(supplement_count integer, status text, clock jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT supplement_count > 0 OR status IN ('supplement_requested', 'awaiting_payment')
    OR (clock IS NOT NULL AND (clock->>'pausedAt' IS NOT NULL
      OR coalesce(clock->'pauses', '[]'::jsonb) <> '[]'::jsonb
      OR coalesce(clock->'extensions', '[]'::jsonb) <> '[]'::jsonb
      OR coalesce(clock->>'restartCount', '0') <> '0'))
$$;
--> statement-breakpoint
-- What one dossier adds to the daily counts, one row per (Vietnam day, column): received (of which
-- online) on the day of receipt; early / on time / late on the day processing ended; and for a
-- dossier whose appointment never moved (received, and not ended before its receipt), open_from on
-- the day of receipt, open_to on the day processing ended, overdue_from on the day of the later of
-- receipt and appointment, overdue_to on the day of the later of appointment and end. Summed up to
-- a day D: open_from − open_to is the number unfinished at the end of D (received before it, not
-- ended before it), overdue_from − overdue_to the number of those past their appointment then.
CREATE OR REPLACE FUNCTION dossier_count_facts(p_received timestamptz, p_channel text, p_finished timestamptz, p_outcome text, p_due timestamptz, p_moved boolean)
  RETURNS TABLE (day date, received integer, received_online integer, early integer, on_time integer, late integer,
    open_from integer, open_to integer, overdue_from integer, overdue_to integer)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT f.day, f.received, f.received_online, f.early, f.on_time, f.late, f.open_from, f.open_to, f.overdue_from, f.overdue_to FROM (VALUES
    (vietnam_day(p_received), 1, (p_channel = 'online')::int, 0, 0, 0, 0, 0, 0, 0, p_received IS NOT NULL),
    (vietnam_day(p_finished), 0, 0, (p_outcome = 'early')::int, (p_outcome = 'on_time')::int, (p_outcome = 'late')::int, 0, 0, 0, 0,
      p_finished IS NOT NULL AND p_outcome IN ('early', 'on_time', 'late')),
    (vietnam_day(p_received), 0, 0, 0, 0, 0, 1, 0, 0, 0, true),
    (vietnam_day(p_finished), 0, 0, 0, 0, 0, 0, 1, 0, 0, p_finished IS NOT NULL),
    (vietnam_day(greatest(p_received, p_due)), 0, 0, 0, 0, 0, 0, 0, 1, 0, p_due IS NOT NULL),
    (vietnam_day(greatest(p_due, p_finished)), 0, 0, 0, 0, 0, 0, 0, 0, 1, p_due IS NOT NULL AND p_finished IS NOT NULL)
  ) AS f(day, received, received_online, early, on_time, late, open_from, open_to, overdue_from, overdue_to, applies)
  WHERE f.applies AND (f.received = 1 OR f.early + f.on_time + f.late = 1
    OR (p_received IS NOT NULL AND (p_finished IS NULL OR p_finished >= p_received) AND p_moved IS NOT TRUE))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dossier_daily_counts_insert_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dossier_daily_counts AS c (unit_id, day, received, received_online, early, on_time, late, open_from, open_to, overdue_from, overdue_to)
  SELECT i.receiving_unit_id, f.day, sum(f.received), sum(f.received_online), sum(f.early), sum(f.on_time), sum(f.late),
    sum(f.open_from), sum(f.open_to), sum(f.overdue_from), sum(f.overdue_to)
  FROM inserted i, LATERAL dossier_count_facts(i.received_at, i.channel, i.finished_at, i.outcome, i.original_due_at,
    dossier_appointment_moved(i.supplement_count, i.status, i.clock)) f
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (unit_id, day) DO UPDATE SET received = c.received + EXCLUDED.received, received_online = c.received_online + EXCLUDED.received_online,
    early = c.early + EXCLUDED.early, on_time = c.on_time + EXCLUDED.on_time, late = c.late + EXCLUDED.late,
    open_from = c.open_from + EXCLUDED.open_from, open_to = c.open_to + EXCLUDED.open_to,
    overdue_from = c.overdue_from + EXCLUDED.overdue_from, overdue_to = c.overdue_to + EXCLUDED.overdue_to;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An update or a delete takes the old row's contribution away and adds the new one's, netted per
-- day (a change that moves nothing writes nothing).
CREATE OR REPLACE FUNCTION dossier_daily_counts_apply() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dossier_daily_counts AS c (unit_id, day, received, received_online, early, on_time, late, open_from, open_to, overdue_from, overdue_to)
  SELECT unit_id, day, sum(sign * received), sum(sign * received_online), sum(sign * early), sum(sign * on_time), sum(sign * late),
    sum(sign * open_from), sum(sign * open_to), sum(sign * overdue_from), sum(sign * overdue_to)
  FROM (
    SELECT OLD.receiving_unit_id AS unit_id, -1 AS sign, f.* FROM dossier_count_facts(OLD.received_at, OLD.channel, OLD.finished_at, OLD.outcome,
      OLD.original_due_at, dossier_appointment_moved(OLD.supplement_count, OLD.status, OLD.clock)) f
    WHERE TG_OP IN ('UPDATE', 'DELETE')
    UNION ALL
    SELECT NEW.receiving_unit_id, 1, f.* FROM dossier_count_facts(NEW.received_at, NEW.channel, NEW.finished_at, NEW.outcome,
      NEW.original_due_at, dossier_appointment_moved(NEW.supplement_count, NEW.status, NEW.clock)) f
    WHERE TG_OP IN ('INSERT', 'UPDATE')
  ) AS facts
  GROUP BY unit_id, day
  HAVING sum(sign * received) <> 0 OR sum(sign * received_online) <> 0 OR sum(sign * early) <> 0 OR sum(sign * on_time) <> 0
    OR sum(sign * late) <> 0 OR sum(sign * open_from) <> 0 OR sum(sign * open_to) <> 0 OR sum(sign * overdue_from) <> 0
    OR sum(sign * overdue_to) <> 0
  ORDER BY unit_id, day
  ON CONFLICT (unit_id, day) DO UPDATE SET received = c.received + EXCLUDED.received, received_online = c.received_online + EXCLUDED.received_online,
    early = c.early + EXCLUDED.early, on_time = c.on_time + EXCLUDED.on_time, late = c.late + EXCLUDED.late,
    open_from = c.open_from + EXCLUDED.open_from, open_to = c.open_to + EXCLUDED.open_to,
    overdue_from = c.overdue_from + EXCLUDED.overdue_from, overdue_to = c.overdue_to + EXCLUDED.overdue_to;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP FUNCTION dossier_daily_counts_add(uuid, timestamptz, text, timestamptz, text, integer);
--> statement-breakpoint
DROP TRIGGER dossier_daily_counts_on_update ON dossiers;
--> statement-breakpoint
CREATE TRIGGER dossier_daily_counts_on_update AFTER UPDATE ON dossiers
  FOR EACH ROW
  WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at OR OLD.finished_at IS DISTINCT FROM NEW.finished_at
    OR OLD.outcome IS DISTINCT FROM NEW.outcome OR OLD.channel IS DISTINCT FROM NEW.channel
    OR OLD.receiving_unit_id IS DISTINCT FROM NEW.receiving_unit_id OR OLD.original_due_at IS DISTINCT FROM NEW.original_due_at
    OR OLD.supplement_count IS DISTINCT FROM NEW.supplement_count OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.clock IS DISTINCT FROM NEW.clock)
  EXECUTE FUNCTION dossier_daily_counts_apply();
--> statement-breakpoint
-- The dossiers already recorded.
INSERT INTO dossier_daily_counts AS c (unit_id, day, open_from, open_to, overdue_from, overdue_to)
SELECT d.receiving_unit_id, f.day, sum(f.open_from), sum(f.open_to), sum(f.overdue_from), sum(f.overdue_to)
FROM dossiers d, LATERAL dossier_count_facts(d.received_at, d.channel, d.finished_at, d.outcome, d.original_due_at,
  dossier_appointment_moved(d.supplement_count, d.status, d.clock)) f
GROUP BY 1, 2
HAVING sum(f.open_from) <> 0 OR sum(f.open_to) <> 0 OR sum(f.overdue_from) <> 0 OR sum(f.overdue_to) <> 0
ON CONFLICT (unit_id, day) DO UPDATE SET open_from = EXCLUDED.open_from, open_to = EXCLUDED.open_to,
  overdue_from = EXCLUDED.overdue_from, overdue_to = EXCLUDED.overdue_to;
--> statement-breakpoint
-- The dossiers whose appointment moved, unfinished at an instant: judged one by one, found in a time
-- that follows their number, not the number of all unfinished dossiers.
CREATE INDEX "dossiers_open_moved_idx" ON "dossiers" USING gist (tstzrange("received_at", "finished_at", '(]'))
  WHERE "received_at" IS NOT NULL AND ("finished_at" IS NULL OR "finished_at" >= "received_at")
    AND dossier_appointment_moved("supplement_count", "status", "clock");
--> statement-breakpoint
-- Ratings inserted by several statements at once take their daily rows in one order (no deadlock).
CREATE OR REPLACE FUNCTION rating_daily_counts_insert_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rating_daily_counts AS c (unit_id, officer_id, day, very_satisfied, satisfied, no_opinion, unsatisfied)
  SELECT unit_id, coalesce(officer_id, '00000000-0000-0000-0000-000000000000'), vietnam_day(rated_at),
    count(*) FILTER (WHERE level = 'very_satisfied'), count(*) FILTER (WHERE level = 'satisfied'),
    count(*) FILTER (WHERE level = 'no_opinion'), count(*) FILTER (WHERE level = 'unsatisfied')
  FROM inserted GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (unit_id, officer_id, day) DO UPDATE SET
    very_satisfied = c.very_satisfied + EXCLUDED.very_satisfied, satisfied = c.satisfied + EXCLUDED.satisfied,
    no_opinion = c.no_opinion + EXCLUDED.no_opinion, unsatisfied = c.unsatisfied + EXCLUDED.unsatisfied;
  RETURN NULL;
END $$;
