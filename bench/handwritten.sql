-- The floor for the full build: one hand-written script that builds the same eight Airbeds tables
-- from scratch in schema "handwritten" (CREATE TABLE AS, indexes afterwards), as one would for cron.
-- Used by bench/run_bench.sh; compare its time with `starling run` on an empty target.
\set ON_ERROR_STOP on
SET TimeZone = 'UTC';
DROP SCHEMA IF EXISTS handwritten CASCADE;
CREATE SCHEMA handwritten;

CREATE TABLE handwritten.dim_date AS
SELECT to_char(d, 'YYYYMMDD')::int AS date_key, d::date AS date, extract(year FROM d)::int AS year,
       extract(quarter FROM d)::int AS quarter, extract(month FROM d)::int AS month,
       trim(to_char(d, 'Month')) AS month_name, extract(day FROM d)::int AS day_of_month,
       extract(isodow FROM d)::int AS day_of_week, trim(to_char(d, 'Day')) AS day_name,
       extract(isoyear FROM d)::int AS iso_year, extract(week FROM d)::int AS iso_week,
       extract(isodow FROM d) >= 6 AS is_weekend,
       CASE WHEN extract(month FROM d) >= 4 THEN extract(year FROM d)::int + 1 ELSE extract(year FROM d)::int END AS fiscal_year,
       ((extract(month FROM d)::int - 4 + 12) % 12) / 3 + 1 AS fiscal_quarter,
       false AS is_holiday, NULL::text AS holiday_name
FROM generate_series(date '2024-01-01', current_date + interval '2 years', interval '1 day') d;
INSERT INTO handwritten.dim_date (date_key) VALUES (-1);

-- users, and placeholders for users seen in events or bookings but not replicated yet
CREATE TABLE handwritten.dim_users AS
SELECT row_number() OVER (ORDER BY id) AS user_sk, id AS user_id, created_at::date AS signup_date,
       coalesce(country_code, 'unknown') AS country, plan, time_spent_s,
       current_date - created_at::date AS account_age_days, false AS is_inferred
FROM (SELECT id, created_at, country_code, plan, time_spent_s FROM app.users
      UNION ALL
      SELECT DISTINCT x.id, NULL::timestamptz, NULL::text, NULL::text, NULL::bigint FROM
        (SELECT user_id AS id FROM raw.tracks UNION SELECT guest_id FROM app.bookings) x
      WHERE NOT EXISTS (SELECT 1 FROM app.users u WHERE u.id = x.id)) u;
UPDATE handwritten.dim_users SET is_inferred = true, country = NULL WHERE signup_date IS NULL;
INSERT INTO handwritten.dim_users VALUES (-1, NULL, NULL, 'Unknown', 'Unknown', NULL, NULL, false);
CREATE UNIQUE INDEX ON handwritten.dim_users (user_id);

CREATE TABLE handwritten.dim_hosts AS
SELECT row_number() OVER (ORDER BY h.id) AS host_sk, h.id AS host_id, h.user_id, h.host_since,
       h.is_superhost, coalesce(u.country_code, 'unknown') AS country, false AS is_inferred
FROM app.hosts h LEFT JOIN app.users u ON u.id = h.user_id;
CREATE UNIQUE INDEX ON handwritten.dim_hosts (host_id);

CREATE TABLE handwritten.dim_listings AS
SELECT row_number() OVER (ORDER BY id) AS listing_sk, id AS listing_id, host_id, city,
       country_code AS country, room_type, price_per_night, created_at::date AS listed_on,
       false AS is_inferred
FROM app.listings;
CREATE UNIQUE INDEX ON handwritten.dim_listings (listing_id);

CREATE TABLE handwritten.fct_bookings AS
SELECT coalesce(u.user_sk, -1) AS guest_sk, coalesce(l.listing_sk, -1) AS listing_sk,
       coalesce(d.date_key, -1) AS date_key, b.id AS booking_id, b.status, b.nights, b.amount
FROM app.bookings b
LEFT JOIN handwritten.dim_users u ON u.user_id = b.guest_id
LEFT JOIN handwritten.dim_listings l ON l.listing_id = b.listing_id
LEFT JOIN handwritten.dim_date d ON d.date = b.created_at::date;
CREATE UNIQUE INDEX ON handwritten.fct_bookings (booking_id);

CREATE TABLE handwritten.fct_user_daily_activity AS
SELECT coalesce(u.user_sk, -1) AS user_sk, coalesce(d.date_key, -1) AS date_key, a.activity_date,
       a.logins, a.searches, a.searches_converted
FROM (SELECT t.user_id, (t.event_time AT TIME ZONE 'UTC')::date AS activity_date,
             count(*) FILTER (WHERE t.event = 'Logged In')::int AS logins,
             count(*) FILTER (WHERE t.event = 'Searched')::int AS searches,
             count(*) FILTER (WHERE t.event = 'Searched' AND EXISTS (
               SELECT 1 FROM app.bookings b
               WHERE b.guest_id = t.user_id AND b.created_at >= t.event_time))::int AS searches_converted
      FROM raw.tracks t WHERE t.event_time >= '2025-01-01' AND t.deleted_at IS NULL GROUP BY 1, 2) a
LEFT JOIN handwritten.dim_users u ON u.user_id = a.user_id
LEFT JOIN handwritten.dim_date d ON d.date = a.activity_date;
CREATE UNIQUE INDEX ON handwritten.fct_user_daily_activity (user_sk, date_key);

-- every user, every week since signup, zeros included
CREATE TABLE handwritten.fct_user_weekly_snapshot AS
SELECT u.user_sk, coalesce(d.date_key, -1) AS date_key, w.week_start,
       coalesce(a.logins, 0) AS logins, coalesce(a.bookings, 0) AS bookings
FROM (SELECT user_id, week_start, logins, bookings FROM (
        SELECT t.user_id, date_trunc('week', t.event_time AT TIME ZONE 'UTC')::date AS week_start,
               count(*) FILTER (WHERE t.event = 'Logged In')::int AS logins,
               count(*) FILTER (WHERE t.event = 'Booked')::int AS bookings
        FROM raw.tracks t WHERE t.event_time >= '2025-01-06' AND t.deleted_at IS NULL GROUP BY 1, 2) x) a
RIGHT JOIN (SELECT u.user_id, gs::date AS week_start
            FROM handwritten.dim_users u
            CROSS JOIN LATERAL generate_series(date_trunc('week', greatest(u.signup_date, date '2025-01-06')),
                                               date_trunc('week', current_date), interval '1 week') gs
            WHERE u.user_sk <> -1 AND u.signup_date IS NOT NULL) w
  ON w.user_id = a.user_id AND w.week_start = a.week_start
JOIN handwritten.dim_users u ON u.user_id = w.user_id
LEFT JOIN handwritten.dim_date d ON d.date = w.week_start;
INSERT INTO handwritten.fct_user_weekly_snapshot
SELECT coalesce(u.user_sk, -1), coalesce(d.date_key, -1), a.week_start, a.logins, a.bookings
FROM (SELECT t.user_id, date_trunc('week', t.event_time AT TIME ZONE 'UTC')::date AS week_start,
             count(*) FILTER (WHERE t.event = 'Logged In')::int AS logins,
             count(*) FILTER (WHERE t.event = 'Booked')::int AS bookings
      FROM raw.tracks t WHERE t.event_time >= '2025-01-06' AND t.deleted_at IS NULL GROUP BY 1, 2) a
JOIN handwritten.dim_users u ON u.user_id = a.user_id
LEFT JOIN handwritten.dim_date d ON d.date = a.week_start
WHERE u.signup_date IS NULL OR date_trunc('week', u.signup_date) > a.week_start;
CREATE UNIQUE INDEX ON handwritten.fct_user_weekly_snapshot (user_sk, date_key);

-- the funnel's rows of the events from `since` on, of the days in `days` (every day when NULL);
-- bench/hourly_floor.sql rebuilds an hour's days with it. PostgreSQL inlines it into the caller.
CREATE FUNCTION handwritten.funnel_rows(since timestamptz, days date[])
RETURNS TABLE (date_key int, country text, funnel_date date, searchers int, viewers int,
               contacters int, bookers int)
LANGUAGE sql STABLE AS $$
SELECT coalesce(d.date_key, -1), f.country, f.funnel_date, f.searchers, f.viewers, f.contacters,
       f.bookers
FROM (SELECT (t.event_time AT TIME ZONE 'UTC')::date AS funnel_date,
             coalesce(u.country_code, 'unknown') AS country,
             count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Searched')::int AS searchers,
             count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Viewed Listing')::int AS viewers,
             count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Contacted Host')::int AS contacters,
             count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Booked')::int AS bookers
      FROM raw.tracks t LEFT JOIN app.users u ON u.id = t.user_id
      WHERE t.event_time >= since AND t.deleted_at IS NULL
        AND (days IS NULL OR (t.event_time AT TIME ZONE 'UTC')::date = ANY (days))
      GROUP BY 1, 2) f
LEFT JOIN handwritten.dim_date d ON d.date = f.funnel_date
$$;
CREATE TABLE handwritten.fct_daily_funnel AS
SELECT * FROM handwritten.funnel_rows('2025-01-01', NULL);
CREATE UNIQUE INDEX ON handwritten.fct_daily_funnel (date_key, country);
