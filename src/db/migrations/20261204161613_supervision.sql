CREATE TABLE "case_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"days" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"notice_id" uuid
);
--> statement-breakpoint
CREATE TABLE "centre_day_figures" (
	"centre_id" uuid NOT NULL,
	"day" date NOT NULL,
	"source" text DEFAULT 'local' NOT NULL,
	"tickets_issued" integer DEFAULT 0 NOT NULL,
	"tickets_no_show" integer DEFAULT 0 NOT NULL,
	"wait_count" integer DEFAULT 0 NOT NULL,
	"wait_seconds_sum" bigint DEFAULT 0 NOT NULL,
	"appointments_due" integer DEFAULT 0 NOT NULL,
	"appointments_shown" integer DEFAULT 0 NOT NULL,
	"cases_accepted" integer DEFAULT 0 NOT NULL,
	"cases_on_spot" integer DEFAULT 0 NOT NULL,
	"immediate_count" integer DEFAULT 0 NOT NULL,
	"immediate_seconds_sum" bigint DEFAULT 0 NOT NULL,
	"committed_decided" integer DEFAULT 0 NOT NULL,
	"committed_days_sum" integer DEFAULT 0 NOT NULL,
	"committed_on_time" integer DEFAULT 0 NOT NULL,
	"committed_overdue" integer DEFAULT 0 NOT NULL,
	"committed_overdue_days_sum" integer DEFAULT 0 NOT NULL,
	"one_time_notices" integer DEFAULT 0 NOT NULL,
	"refusals" integer DEFAULT 0 NOT NULL,
	"ratings_count" integer DEFAULT 0 NOT NULL,
	"ratings_good" integer DEFAULT 0 NOT NULL,
	"ratings_bad" integer DEFAULT 0 NOT NULL,
	"followups_due" integer DEFAULT 0 NOT NULL,
	"followups_done" integer DEFAULT 0 NOT NULL,
	"followups_on_time" integer DEFAULT 0 NOT NULL,
	"complaints_count" integer DEFAULT 0 NOT NULL,
	"complaints_answered" integer DEFAULT 0 NOT NULL,
	"complaints_answer_days_sum" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "centre_day_figures_centre_id_day_pk" PRIMARY KEY("centre_id","day")
);
--> statement-breakpoint
CREATE TABLE "centre_day_waits" (
	"centre_id" uuid NOT NULL,
	"day" date NOT NULL,
	"minute" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "centre_day_waits_centre_id_day_minute_pk" PRIMARY KEY("centre_id","day","minute")
);
--> statement-breakpoint
CREATE TABLE "complaint_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"number" text NOT NULL,
	"channel" text NOT NULL,
	"category" text NOT NULL,
	"complainant_name" text NOT NULL,
	"complainant_phone" text NOT NULL,
	"content" text NOT NULL,
	"case_id" uuid,
	"staff_id" uuid,
	"assignee_id" uuid,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"received_by" uuid,
	"answer_due" date NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_on" date,
	"answered_by" uuid,
	"answer_days" integer,
	"satisfaction" text,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "deadline_digests" (
	"centre_id" uuid NOT NULL,
	"day" date NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deadline_digests_centre_id_day_pk" PRIMARY KEY("centre_id","day")
);
--> statement-breakpoint
CREATE TABLE "figure_dirty" (
	"centre_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "figure_dirty_centre_id_day_pk" PRIMARY KEY("centre_id","day")
);
--> statement-breakpoint
CREATE TABLE "handoff_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"handoff_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handoffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"from_centre_id" uuid NOT NULL,
	"to_centre_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"materials_received" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"received_by" uuid NOT NULL,
	"forward_due" date NOT NULL,
	"forwarded_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"case_id" uuid,
	"closed_at" timestamp with time zone,
	"return_reason" text
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"key" text NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"result" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "job_runs_job_key_pk" PRIMARY KEY("job","key")
);
--> statement-breakpoint
CREATE TABLE "rating_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"rating_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "rating_followups" (
	"rating_id" uuid PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assignee_id" uuid,
	"contact_due" date NOT NULL,
	"close_due" date NOT NULL,
	"contacted_at" timestamp with time zone,
	"contacted_on" date,
	"contact_note" text,
	"cause" text,
	"remedy" text,
	"resident_response" text,
	"closed_at" timestamp with time zone,
	"closed_on" date,
	"closed_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_counters" (
	"centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "record_counters_centre_id_kind_year_pk" PRIMARY KEY("centre_id","kind","year")
);
--> statement-breakpoint
CREATE TABLE "report_batches" (
	"batch_id" text PRIMARY KEY NOT NULL,
	"format_version" text NOT NULL,
	"centre_code" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"manifest" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" uuid
);
--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "centre_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "centre_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "case_pauses" ADD COLUMN "expected_days" integer;--> statement-breakpoint
ALTER TABLE "case_pauses" ADD COLUMN "notice_id" uuid;--> statement-breakpoint
ALTER TABLE "case_pauses" ADD COLUMN "started_by" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "extension_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "warning" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "warning_since" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "handoff_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "decided_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "handling_days" integer;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "overdue_days" integer;--> statement-breakpoint
ALTER TABLE "centre_items" ADD COLUMN "handled_in_system" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "centre_items" ADD COLUMN "amber_days" integer;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "in_basic_list" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "ratings" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "ratings" ADD COLUMN "stage" text DEFAULT 'service' NOT NULL;--> statement-breakpoint
ALTER TABLE "ratings" ADD COLUMN "annulled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "district_code" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_department_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_day_figures" ADD CONSTRAINT "centre_day_figures_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_day_waits" ADD CONSTRAINT "centre_day_waits_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_digests" ADD CONSTRAINT "deadline_digests_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_events" ADD CONSTRAINT "handoff_events_handoff_id_handoffs_id_fk" FOREIGN KEY ("handoff_id") REFERENCES "public"."handoffs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_events" ADD CONSTRAINT "handoff_events_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_events" ADD CONSTRAINT "handoff_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_from_centre_id_centres_id_fk" FOREIGN KEY ("from_centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_to_centre_id_centres_id_fk" FOREIGN KEY ("to_centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_item_code_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_appeals" ADD CONSTRAINT "rating_appeals_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_appeals" ADD CONSTRAINT "rating_appeals_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_appeals" ADD CONSTRAINT "rating_appeals_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_appeals" ADD CONSTRAINT "rating_appeals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD CONSTRAINT "rating_followups_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD CONSTRAINT "rating_followups_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD CONSTRAINT "rating_followups_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_followups" ADD CONSTRAINT "rating_followups_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_counters" ADD CONSTRAINT "record_counters_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_batches" ADD CONSTRAINT "report_batches_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_extensions_one_pending" ON "case_extensions" USING btree ("case_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "case_extensions_centre_status" ON "case_extensions" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "centre_day_figures_day" ON "centre_day_figures" USING btree ("day");--> statement-breakpoint
CREATE INDEX "complaint_events_complaint" ON "complaint_events" USING btree ("complaint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_centre_number" ON "complaints" USING btree ("centre_id","number");--> statement-breakpoint
CREATE INDEX "complaints_centre_received" ON "complaints" USING btree ("centre_id","received_on");--> statement-breakpoint
CREATE INDEX "handoff_events_handoff" ON "handoff_events" USING btree ("handoff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "handoffs_from_number" ON "handoffs" USING btree ("from_centre_id","number");--> statement-breakpoint
CREATE INDEX "handoffs_to_status" ON "handoffs" USING btree ("to_centre_id","status");--> statement-breakpoint
CREATE INDEX "handoffs_from_status" ON "handoffs" USING btree ("from_centre_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_appeals_one_pending" ON "rating_appeals" USING btree ("rating_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "rating_appeals_centre" ON "rating_appeals" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "rating_followups_centre_status" ON "rating_followups" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "report_batches_centre" ON "report_batches" USING btree ("centre_code","period_from");--> statement-breakpoint
ALTER TABLE "case_pauses" ADD CONSTRAINT "case_pauses_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_centre_decided_on" ON "cases" USING btree ("centre_id","decided_on");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope" CHECK (("users"."role" in ('district', 'city')) = ("users"."centre_id" is null) and ("users"."role" = 'district') = ("users"."district_code" is not null));