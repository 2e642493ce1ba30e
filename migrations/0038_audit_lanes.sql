-- The audit log becomes a few hash chains side by side (src/platform/audit/audit.ts): each row names its
-- lane; the rows written before are lane 0, the beginning of that lane's chain.
ALTER TABLE "audit_log" ADD COLUMN "lane" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_lane_seq_idx" ON "audit_log" USING btree ("lane","seq");