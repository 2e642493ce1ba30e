CREATE TABLE "dossier_intake_slip_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_intake_slip_counters_unit_id_year_kind_pk" PRIMARY KEY("unit_id","year","kind")
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "intake_slip_year" integer;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "intake_slip_number" integer;--> statement-breakpoint
ALTER TABLE "dossier_intake_slip_counters" ADD CONSTRAINT "dossier_intake_slip_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A dossier turned away at intake before it had a code (guided: Mẫu 02; refused: Mẫu 03) takes the
-- next number of its receiving unit's slips of that kind for the year, in the transaction that turns
-- it away, whichever use case writes the status: numbers run from 1 through the year without gaps
-- (a rolled-back intake gives its number back) and never borrow a fragment of the dossier's id.
CREATE OR REPLACE FUNCTION dossier_intake_slip_number() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  slip_kind text := CASE WHEN NEW.status = 'guided' THEN 'guidance' ELSE 'refusal' END;
  slip_year integer := extract(year FROM vietnam_day(coalesce(NEW.finished_at, now())))::int;
  slip_number integer;
BEGIN
  INSERT INTO dossier_intake_slip_counters AS c (unit_id, year, kind, last) VALUES (NEW.receiving_unit_id, slip_year, slip_kind, 1)
  ON CONFLICT (unit_id, year, kind) DO UPDATE SET last = c.last + 1
  RETURNING c.last INTO slip_number;
  NEW.intake_slip_year := slip_year;
  NEW.intake_slip_number := slip_number;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER dossier_intake_slip_number BEFORE INSERT OR UPDATE OF status ON dossiers
  FOR EACH ROW
  WHEN (NEW.status IN ('guided', 'refused') AND NEW.code IS NULL AND NEW.intake_slip_number IS NULL)
  EXECUTE FUNCTION dossier_intake_slip_number();
--> statement-breakpoint
-- The dossiers already turned away take their numbers in order of the day they were turned away.
UPDATE "dossiers" d SET "intake_slip_year" = s."year", "intake_slip_number" = s."number"
FROM (
	SELECT "id", extract(year FROM vietnam_day(coalesce("finished_at", "submitted_at")))::int AS "year",
		row_number() OVER (PARTITION BY "receiving_unit_id", "status", extract(year FROM vietnam_day(coalesce("finished_at", "submitted_at")))
			ORDER BY coalesce("finished_at", "submitted_at"), "id")::int AS "number"
	FROM "dossiers" WHERE "status" IN ('guided', 'refused') AND "code" IS NULL
) s WHERE s."id" = d."id";
--> statement-breakpoint
INSERT INTO "dossier_intake_slip_counters" ("unit_id", "year", "kind", "last")
SELECT "receiving_unit_id", "intake_slip_year", CASE WHEN "status" = 'guided' THEN 'guidance' ELSE 'refusal' END, max("intake_slip_number")
FROM "dossiers" WHERE "intake_slip_number" IS NOT NULL GROUP BY 1, 2, 3;
