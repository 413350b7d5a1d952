-- The sources of bench/scd2: psql "$DSN" -v members=1000000 -f gen.sql (replaces schema crm).
-- crm.customers is a current-state table: one row per customer, updated in place, with the time
-- its values took effect (updated_at) and the time the loader wrote it (_loaded_at).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS crm CASCADE;
CREATE SCHEMA crm;
CREATE TABLE crm.customers (
  id bigint PRIMARY KEY,
  segment text,
  plan text,
  email text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  _loaded_at timestamptz NOT NULL
);
SELECT setseed(0.2);
INSERT INTO crm.customers
SELECT g,
       (ARRAY['smb', 'mid', 'enterprise', 'consumer'])[1 + (random() * 3)::int],
       (ARRAY['free', 'pro', 'team', 'business'])[1 + (random() * 3)::int],
       'c' || g || '@example.com',
       timestamptz '2024-01-01 00:00+00' + random() * interval '700 days',
       -- changed and loaded over the month before: the full build's watermark overlap (an hour)
       -- re-reads what an hourly job's would, not the whole table
       timestamptz '2025-12-01 00:00+00' + (g::float8 / :members) * interval '30 days',
       timestamptz '2025-12-01 00:00+00' + (g::float8 / :members) * interval '30 days'
FROM generate_series(1, :members) g;
UPDATE crm.customers SET updated_at = greatest(updated_at, created_at);
CREATE INDEX ON crm.customers (_loaded_at);
-- One hour of changes: n customers change segment or plan (some both, some only their e-mail, a
-- type 1 change), effective within the hour, loaded at its end.
CREATE FUNCTION crm.change_hour(n int, hour_end timestamptz) RETURNS void LANGUAGE sql AS $$
  UPDATE crm.customers c
  SET segment = CASE WHEN x.r < 0.6 THEN (ARRAY['smb', 'mid', 'enterprise', 'consumer'])[1 + (x.s * 3)::int] ELSE c.segment END,
      plan = CASE WHEN x.r >= 0.4 AND x.r < 0.9 THEN (ARRAY['free', 'pro', 'team', 'business'])[1 + (x.s * 3)::int] ELSE c.plan END,
      email = CASE WHEN x.r >= 0.9 THEN 'new' || c.id || '@example.com' ELSE c.email END,
      updated_at = hour_end - x.s * interval '59 minutes',
      _loaded_at = hour_end
  FROM (SELECT id, random() AS r, random() AS s
        FROM (SELECT DISTINCT 1 + (random() * (SELECT max(id) - 1 FROM crm.customers))::bigint AS id
              FROM generate_series(1, n)) d) x
  WHERE c.id = x.id
$$;
ANALYZE crm.customers;
