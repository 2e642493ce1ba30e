-- Inserts update the daily counts once per statement, from the inserted rows grouped by unit and
-- day, instead of once per row: a bulk INSERT … SELECT of many dossiers or ratings costs one
-- aggregate. Updates and deletes keep the per-row triggers of 0009.
DROP TRIGGER dossier_daily_counts_on_insert ON dossiers;
--> statement-breakpoint
CREATE TRIGGER dossier_daily_counts_on_delete AFTER DELETE ON dossiers
  FOR EACH ROW EXECUTE FUNCTION dossier_daily_counts_apply();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dossier_daily_counts_insert_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dossier_daily_counts AS c (unit_id, day, received, received_online, early, on_time, late)
  SELECT unit_id, day, sum(received), sum(received_online), sum(early), sum(on_time), sum(late) FROM (
    SELECT receiving_unit_id AS unit_id, vietnam_day(received_at) AS day, 1 AS received, (channel = 'online')::int AS received_online, 0 AS early, 0 AS on_time, 0 AS late
      FROM inserted WHERE received_at IS NOT NULL
    UNION ALL
    SELECT receiving_unit_id, vietnam_day(finished_at), 0, 0, (outcome = 'early')::int, (outcome = 'on_time')::int, (outcome = 'late')::int
      FROM inserted WHERE finished_at IS NOT NULL AND outcome IN ('early', 'on_time', 'late')
  ) AS facts GROUP BY unit_id, day
  ON CONFLICT (unit_id, day) DO UPDATE SET received = c.received + EXCLUDED.received, received_online = c.received_online + EXCLUDED.received_online,
    early = c.early + EXCLUDED.early, on_time = c.on_time + EXCLUDED.on_time, late = c.late + EXCLUDED.late;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dossier_daily_counts_on_insert_rows AFTER INSERT ON dossiers
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION dossier_daily_counts_insert_rows();
--> statement-breakpoint
DROP TRIGGER rating_daily_counts_on_insert ON ratings;
--> statement-breakpoint
CREATE TRIGGER rating_daily_counts_on_delete AFTER DELETE ON ratings
  FOR EACH ROW EXECUTE FUNCTION rating_daily_counts_apply();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rating_daily_counts_insert_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rating_daily_counts AS c (unit_id, officer_id, day, very_satisfied, satisfied, no_opinion, unsatisfied)
  SELECT unit_id, coalesce(officer_id, '00000000-0000-0000-0000-000000000000'), vietnam_day(rated_at),
    count(*) FILTER (WHERE level = 'very_satisfied'), count(*) FILTER (WHERE level = 'satisfied'),
    count(*) FILTER (WHERE level = 'no_opinion'), count(*) FILTER (WHERE level = 'unsatisfied')
  FROM inserted GROUP BY 1, 2, 3
  ON CONFLICT (unit_id, officer_id, day) DO UPDATE SET
    very_satisfied = c.very_satisfied + EXCLUDED.very_satisfied, satisfied = c.satisfied + EXCLUDED.satisfied,
    no_opinion = c.no_opinion + EXCLUDED.no_opinion, unsatisfied = c.unsatisfied + EXCLUDED.unsatisfied;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rating_daily_counts_on_insert_rows AFTER INSERT ON ratings
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION rating_daily_counts_insert_rows();
