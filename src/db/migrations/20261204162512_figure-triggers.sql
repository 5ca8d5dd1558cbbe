-- Day figures maintenance (docs/indicators.md): every change to a raw row that a day figure is
-- counted from marks its (centre, day) pairs, before and after the change, dirty in figure_dirty;
-- refreshFigures recomputes exactly those pairs.
--
-- The conflict arm is DO UPDATE ... WHERE false rather than DO NOTHING: it writes nothing but locks
-- an existing pair until this transaction ends, so a refresh running at the same time on
-- PostgreSQL (which takes pairs FOR UPDATE SKIP LOCKED) cannot consume the pair before this
-- transaction's rows are visible and leave the figures stale.
CREATE OR REPLACE FUNCTION figure_mark_dirty(p_centre uuid, p_day date) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_centre IS NULL OR p_day IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO figure_dirty (centre_id, day) VALUES (p_centre, p_day)
  ON CONFLICT (centre_id, day) DO UPDATE SET day = excluded.day WHERE false;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION figure_dirty_tickets() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM figure_mark_dirty(OLD.centre_id, OLD.business_date);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM figure_mark_dirty(NEW.centre_id, NEW.business_date);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION figure_dirty_appointments() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM figure_mark_dirty(OLD.centre_id, OLD.date);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM figure_mark_dirty(NEW.centre_id, NEW.date);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A case counts on two days: its acceptance day (accepted, on the spot, immediate time) and, once
-- decided, its decision day (committed figures).
CREATE OR REPLACE FUNCTION figure_dirty_cases() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM figure_mark_dirty(OLD.centre_id, OLD.accepted_on);
    PERFORM figure_mark_dirty(OLD.centre_id, OLD.decided_on);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM figure_mark_dirty(NEW.centre_id, NEW.accepted_on);
    PERFORM figure_mark_dirty(NEW.centre_id, NEW.decided_on);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION figure_dirty_notices() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM figure_mark_dirty(OLD.centre_id, (OLD.created_at AT TIME ZONE 'Asia/Shanghai')::date);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM figure_mark_dirty(NEW.centre_id, (NEW.created_at AT TIME ZONE 'Asia/Shanghai')::date);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION figure_dirty_ratings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM figure_mark_dirty(OLD.centre_id, OLD.created_on);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM figure_mark_dirty(NEW.centre_id, NEW.created_on);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A follow-up counts on the day of the rating it follows up.
CREATE OR REPLACE FUNCTION figure_dirty_rating_followups() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM figure_mark_dirty(OLD.centre_id, (SELECT r.created_on FROM ratings r WHERE r.id = OLD.rating_id));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM figure_mark_dirty(NEW.centre_id, (SELECT r.created_on FROM ratings r WHERE r.id = NEW.rating_id));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION figure_dirty_complaints() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM figure_mark_dirty(OLD.centre_id, OLD.received_on);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM figure_mark_dirty(NEW.centre_id, NEW.received_on);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER tickets_figure_dirty AFTER INSERT OR UPDATE OR DELETE ON tickets
  FOR EACH ROW EXECUTE FUNCTION figure_dirty_tickets();
--> statement-breakpoint
CREATE TRIGGER appointments_figure_dirty AFTER INSERT OR UPDATE OR DELETE ON appointments
  FOR EACH ROW EXECUTE FUNCTION figure_dirty_appointments();
--> statement-breakpoint
CREATE TRIGGER cases_figure_dirty AFTER INSERT OR UPDATE OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION figure_dirty_cases();
--> statement-breakpoint
CREATE TRIGGER notices_figure_dirty AFTER INSERT OR UPDATE OR DELETE ON notices
  FOR EACH ROW EXECUTE FUNCTION figure_dirty_notices();
--> statement-breakpoint
CREATE TRIGGER ratings_figure_dirty AFTER INSERT OR UPDATE OR DELETE ON ratings
  FOR EACH ROW EXECUTE FUNCTION figure_dirty_ratings();
--> statement-breakpoint
CREATE TRIGGER rating_followups_figure_dirty AFTER INSERT OR UPDATE OR DELETE ON rating_followups
  FOR EACH ROW EXECUTE FUNCTION figure_dirty_rating_followups();
--> statement-breakpoint
CREATE TRIGGER complaints_figure_dirty AFTER INSERT OR UPDATE OR DELETE ON complaints
  FOR EACH ROW EXECUTE FUNCTION figure_dirty_complaints();
--> statement-breakpoint
-- Notices are counted on their Asia/Shanghai creation day; this index lets the figures read one
-- centre's notices of a few days without scanning the rest.
CREATE INDEX IF NOT EXISTS notices_centre_created ON notices (centre_id, created_at);
