CREATE TABLE "centre_snapshots" (
	"centre_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"source" text NOT NULL,
	"acceptance_windows" integer NOT NULL,
	"comprehensive_windows" integer NOT NULL,
	"front_clerks" integer NOT NULL,
	"all_round_clerks" integer NOT NULL,
	"items_offered" integer NOT NULL,
	"items_in_system" integer NOT NULL,
	"basic_items_offered" integer NOT NULL,
	"basic_items" integer NOT NULL,
	CONSTRAINT "centre_snapshots_centre_id_as_of_pk" PRIMARY KEY("centre_id","as_of")
);
--> statement-breakpoint
ALTER TABLE "centre_snapshots" ADD CONSTRAINT "centre_snapshots_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;