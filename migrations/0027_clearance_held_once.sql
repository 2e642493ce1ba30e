-- A clearance is held once per officer and unit: twin grants made by a race before this index are revoked, the first kept.
UPDATE "identity_clearances" c SET "revoked_at" = now(), "revoked_by" = 'migration: twin grant'
WHERE c."revoked_at" IS NULL AND EXISTS (
  SELECT 1 FROM "identity_clearances" o
  WHERE o."staff_id" = c."staff_id" AND o."unit_id" = c."unit_id" AND o."revoked_at" IS NULL
    AND (o."granted_at", o."id") < (c."granted_at", c."id")
);--> statement-breakpoint
CREATE UNIQUE INDEX "identity_clearances_held_key" ON "identity_clearances" USING btree ("staff_id","unit_id") WHERE "identity_clearances"."revoked_at" is null;