-- A decision's number as petitions are matched on it: without case, diacritics, spaces or punctuation but the slash
-- ("Số 125/QĐ-UBND" and "125/qd ubnd" -> "125/qdubnd"). IMMUTABLE, so an expression index can use it.
CREATE OR REPLACE FUNCTION decision_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT nullif(regexp_replace(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '^so\s*', ''), '[^a-z0-9/]', '', 'g'), '') $$;
--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "respondent" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "decision_ref" text;--> statement-breakpoint
CREATE INDEX "petitions_decision_ref_idx" ON "petitions" USING btree (decision_key("decision_ref"));