-- An UPDATE that changes none of the columns a day figure reads (src/modules/indicators/
-- figure-sources.ts) marks no (centre, day) pair dirty: the deadline job rewriting the warning of
-- every open case, or a ticket being recalled, must not send months of days to be recomputed.
-- Inserts, deletes and updates of those columns mark the old and the new day as before. A figure
-- that comes to read another column must add it to its table's list here.
CREATE OR REPLACE FUNCTION figure_dirty_tickets() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.centre_id, OLD.business_date, OLD.status, OLD.issued_at, OLD.started_at) IS NOT DISTINCT FROM (NEW.centre_id, NEW.business_date, NEW.status, NEW.issued_at, NEW.started_at) THEN
    RETURN NULL;
  END IF;
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
  IF TG_OP = 'UPDATE' AND (OLD.centre_id, OLD.date, OLD.status) IS NOT DISTINCT FROM (NEW.centre_id, NEW.date, NEW.status) THEN
    RETURN NULL;
  END IF;
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
CREATE OR REPLACE FUNCTION figure_dirty_cases() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.centre_id, OLD.kind, OLD.accepted_on, OLD.finished_at, OLD.service_id, OLD.decided_on, OLD.handling_days, OLD.overdue_days) IS NOT DISTINCT FROM (NEW.centre_id, NEW.kind, NEW.accepted_on, NEW.finished_at, NEW.service_id, NEW.decided_on, NEW.handling_days, NEW.overdue_days) THEN
    RETURN NULL;
  END IF;
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
  IF TG_OP = 'UPDATE' AND (OLD.centre_id, OLD.kind, OLD.created_at) IS NOT DISTINCT FROM (NEW.centre_id, NEW.kind, NEW.created_at) THEN
    RETURN NULL;
  END IF;
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
  IF TG_OP = 'UPDATE' AND (OLD.centre_id, OLD.created_on, OLD.level, OLD.annulled_at) IS NOT DISTINCT FROM (NEW.centre_id, NEW.created_on, NEW.level, NEW.annulled_at) THEN
    RETURN NULL;
  END IF;
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
CREATE OR REPLACE FUNCTION figure_dirty_rating_followups() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.centre_id, OLD.rating_id, OLD.status, OLD.contact_due, OLD.close_due, OLD.contacted_on, OLD.closed_on) IS NOT DISTINCT FROM (NEW.centre_id, NEW.rating_id, NEW.status, NEW.contact_due, NEW.close_due, NEW.contacted_on, NEW.closed_on) THEN
    RETURN NULL;
  END IF;
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
  IF TG_OP = 'UPDATE' AND (OLD.centre_id, OLD.received_on, OLD.answered_on, OLD.answer_days) IS NOT DISTINCT FROM (NEW.centre_id, NEW.received_on, NEW.answered_on, NEW.answer_days) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM figure_mark_dirty(OLD.centre_id, OLD.received_on);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM figure_mark_dirty(NEW.centre_id, NEW.received_on);
  END IF;
  RETURN NULL;
END;
$$;
