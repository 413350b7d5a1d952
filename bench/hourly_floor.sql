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
SELECT min(day) AS first_day FROM touched \gset
DELETE FROM handwritten.fct_daily_funnel WHERE funnel_date IN (SELECT day FROM touched);
INSERT INTO handwritten.fct_daily_funnel
SELECT coalesce(d.date_key, -1) AS date_key, f.country, f.funnel_date, f.searchers, f.viewers,
       f.contacters, f.bookers
FROM (SELECT (t.event_time AT TIME ZONE 'UTC')::date AS funnel_date,
             coalesce(u.country_code, 'unknown') AS country,
             count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Searched')::int AS searchers,
             count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Viewed Listing')::int AS viewers,
             count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Contacted Host')::int AS contacters,
             count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Booked')::int AS bookers
      FROM raw.tracks t LEFT JOIN app.users u ON u.id = t.user_id
      WHERE t.event_time >= :'first_day'::timestamp AT TIME ZONE 'UTC' AND t.deleted_at IS NULL
        AND (t.event_time AT TIME ZONE 'UTC')::date IN (SELECT day FROM touched)
      GROUP BY 1, 2) f
LEFT JOIN handwritten.dim_date d ON d.date = f.funnel_date;
COMMIT;
