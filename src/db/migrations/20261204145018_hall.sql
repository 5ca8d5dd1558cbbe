CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"code" text NOT NULL,
	"date" date NOT NULL,
	"band" text NOT NULL,
	"item_code" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"ticket_id" uuid
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"template" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "services_ticket";--> statement-breakpoint
DROP INDEX "tickets_waiting";--> statement-breakpoint
ALTER TABLE "ticket_events" ADD COLUMN "data" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "queue_at" timestamp with time zone;--> statement-breakpoint
UPDATE "tickets" SET "queue_at" = "issued_at";--> statement-breakpoint
ALTER TABLE "tickets" ALTER COLUMN "queue_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "priority" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "appointment_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "target_window_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "held_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "certified_items" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_item_code_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_centre_code" ON "appointments" USING btree ("centre_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_a_day" ON "appointments" USING btree ("centre_id","date","id_type","id_number") WHERE status in ('booked', 'checked_in');--> statement-breakpoint
CREATE INDEX "appointments_centre_date_band" ON "appointments" USING btree ("centre_id","date","band");--> statement-breakpoint
CREATE INDEX "outbox_pending" ON "outbox" USING btree ("status","id");--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_target_window_id_windows_id_fk" FOREIGN KEY ("target_window_id") REFERENCES "public"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_events_centre_id" ON "ticket_events" USING btree ("centre_id","id");--> statement-breakpoint
CREATE INDEX "services_ticket" ON "services" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "tickets_waiting" ON "tickets" USING btree ("centre_id","business_date","status","queue_at");