-- Bad ratings flagged before follow-ups existed become follow-ups due on the day they were given.
INSERT INTO "rating_followups" ("rating_id", "centre_id", "status", "contact_due", "close_due", "created_at")
SELECT f."rating_id", f."centre_id", CASE WHEN f."status" = 'closed' THEN 'closed' ELSE 'open' END, r."created_on", r."created_on", f."created_at"
FROM "rating_flags" f JOIN "ratings" r ON r."id" = f."rating_id";
--> statement-breakpoint
DROP TABLE "rating_flags" CASCADE;
