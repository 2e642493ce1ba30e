CREATE TABLE "petition_duplicate_reviews" (
	"petition_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reviewed_by" text NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "petition_duplicate_reviews_petition_id_candidate_id_pk" PRIMARY KEY("petition_id","candidate_id")
);
--> statement-breakpoint
ALTER TABLE "petition_duplicate_reviews" ADD CONSTRAINT "petition_duplicate_reviews_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_duplicate_reviews" ADD CONSTRAINT "petition_duplicate_reviews_candidate_id_petitions_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;