ALTER TABLE "complaints" ADD COLUMN "lookup_code_hash" text;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD COLUMN "assigned_by" uuid;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD COLUMN "contacted_by" uuid;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD CONSTRAINT "rating_followups_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD CONSTRAINT "rating_followups_contacted_by_users_id_fk" FOREIGN KEY ("contacted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;