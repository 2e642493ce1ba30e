CREATE TABLE "dossier_book_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_book_counters_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
-- Dossier codes are now counted per code prefix (the receiving agency's identifier, else the unit's
-- code), not per unit: two units sharing a code can no longer issue the same code. The counters carry
-- over, merged by prefix, and never below a sequence already issued.
CREATE TABLE "dossier_code_counters_by_prefix" (
	"prefix" text NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_code_counters_prefix_day_pk" PRIMARY KEY("prefix","day")
);
--> statement-breakpoint
INSERT INTO "dossier_code_counters_by_prefix" ("prefix", "day", "last")
SELECT "prefix", "day", max("last") FROM (
	SELECT u."code" AS "prefix", c."day", c."last" FROM "dossier_code_counters" c JOIN "units" u ON u."id" = c."unit_id"
	UNION ALL
	SELECT regexp_replace(d."code", '-[0-9]{6}-[0-9]{4}$', ''), to_date('20' || split_part(right(d."code", 11), '-', 1), 'YYYYMMDD'), right(d."code", 4)::int
	FROM "dossiers" d WHERE d."code" ~ '-[0-9]{6}-[0-9]{4}$'
) issued GROUP BY "prefix", "day";
--> statement-breakpoint
DROP TABLE "dossier_code_counters";
--> statement-breakpoint
ALTER TABLE "dossier_code_counters_by_prefix" RENAME TO "dossier_code_counters";
--> statement-breakpoint
ALTER TABLE "dossier_tasks" ADD COLUMN "handed_over_by_id" uuid;--> statement-breakpoint
ALTER TABLE "dossier_tasks" ADD COLUMN "finished_by_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "book_year" integer;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "book_entry" integer;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "agency_name" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "agency_identifier" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "place_name" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "head_title" text;--> statement-breakpoint
ALTER TABLE "dossier_book_counters" ADD CONSTRAINT "dossier_book_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "units_agency_identifier_key" ON "units" USING btree ("agency_identifier",coalesce("valid_from", '0001-01-01'::date));--> statement-breakpoint
-- Every dossier already received takes its entry in its unit's tracking book of its year, in order of receipt.
UPDATE "dossiers" d SET "book_year" = b."year", "book_entry" = b."entry"
FROM (
	SELECT "id", extract(year FROM vietnam_day("received_at"))::int AS "year",
		row_number() OVER (PARTITION BY "receiving_unit_id", extract(year FROM vietnam_day("received_at")) ORDER BY "received_at", "code")::int AS "entry"
	FROM "dossiers" WHERE "received_at" IS NOT NULL
) b WHERE b."id" = d."id";
--> statement-breakpoint
INSERT INTO "dossier_book_counters" ("unit_id", "year", "last")
SELECT "receiving_unit_id", "book_year", max("book_entry") FROM "dossiers" WHERE "book_year" IS NOT NULL GROUP BY "receiving_unit_id", "book_year";