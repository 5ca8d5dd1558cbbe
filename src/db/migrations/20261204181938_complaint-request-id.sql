ALTER TABLE "complaints" ADD COLUMN "request_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_centre_request" ON "complaints" USING btree ("centre_id","request_id");