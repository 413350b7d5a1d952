-- What one hour costs the daily funnel at the least, by hand: the days that the hour's tracked
-- events (late ones included) fall on are deleted and computed again, in one transaction. The
-- funnel counts distinct users per day and country, so no tool can update one of its days from the
-- new events alone; any that rebuilds whole days pays this much. Run by bench/run_bench.sh after
-- bench/handwritten.sql, with `since` set to the generator's clock before the hour was generated:
--   psql -v since="'2026-11-22 21:00+00'" -f bench/hourly_floor.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE touched ON COMMIT DROP AS
SELECT DISTINCT (event_time AT TIME ZONE 'UTC')::date AS day
FROM raw.tracks WHERE received_at >= :since;
-- (an hour without events touches no day: nothing is deleted or inserted)
SELECT coalesce(min(day), current_date) AS first_day, coalesce(array_agg(day), '{}') AS days
FROM touched \gset
DELETE FROM handwritten.fct_daily_funnel WHERE funnel_date IN (SELECT day FROM touched);
INSERT INTO handwritten.fct_daily_funnel
SELECT * FROM handwritten.funnel_rows(:'first_day'::timestamp AT TIME ZONE 'UTC', :'days');
COMMIT;
