-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";

-- meta_version
CREATE TABLE "starling".meta_version (version INTEGER NOT NULL, upgraded_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE());

-- runs
CREATE TABLE "starling".runs (
  run_id BIGINT NOT NULL,
  command VARCHAR(256) NOT NULL,
  target VARCHAR(256) NOT NULL,
  started_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  finished_at TIMESTAMPTZ,
  status VARCHAR(32) NOT NULL DEFAULT 'running',
  starling_version VARCHAR(64) NOT NULL,
  arguments VARCHAR(65535),
  error VARCHAR(65535),
  PRIMARY KEY (run_id)
);

-- model_runs
CREATE TABLE "starling".model_runs (
  run_id BIGINT NOT NULL,
  model VARCHAR(1024) NOT NULL,
  status VARCHAR(32) NOT NULL,
  started_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  finished_at TIMESTAMPTZ,
  duration_ms BIGINT,
  rows_inserted BIGINT NOT NULL DEFAULT 0,
  rows_updated BIGINT NOT NULL DEFAULT 0,
  rows_deleted BIGINT NOT NULL DEFAULT 0,
  periods_built INTEGER NOT NULL DEFAULT 0,
  message VARCHAR(65535),
  error VARCHAR(65535),
  PRIMARY KEY (run_id, model)
);

-- built_periods
CREATE TABLE "starling".built_periods (
  model VARCHAR(1024) NOT NULL,
  period_start TIMESTAMP NOT NULL,
  period_end TIMESTAMP NOT NULL,
  built_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  row_count BIGINT,
  PRIMARY KEY (model, period_start)
);

-- watermarks
CREATE TABLE "starling".watermarks (
  model VARCHAR(1024) NOT NULL,
  source VARCHAR(1024) NOT NULL,
  value TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  PRIMARY KEY (model, source)
);

-- models
CREATE TABLE "starling".models (
  model VARCHAR(1024) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  table_name VARCHAR(1024) NOT NULL,
  fingerprint VARCHAR(128) NOT NULL,
  shape VARCHAR(65535) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  built_at TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  definition VARCHAR(65535),
  PRIMARY KEY (model)
);

-- source_freshness
CREATE TABLE "starling".source_freshness (
  run_id BIGINT,
  source VARCHAR(1024) NOT NULL,
  table_name VARCHAR(1024) NOT NULL,
  checked_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  max_loaded_at TIMESTAMPTZ,
  lag_seconds BIGINT,
  warn_after_seconds BIGINT,
  error_after_seconds BIGINT,
  status VARCHAR(32) NOT NULL,
  message VARCHAR(65535)
);

-- schema_migrations
CREATE TABLE "starling".schema_migrations (
  version INTEGER NOT NULL,
  name VARCHAR(1024) NOT NULL,
  file VARCHAR(1024) NOT NULL,
  checksum VARCHAR(128) NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  execution_ms BIGINT,
  run_id BIGINT,
  PRIMARY KEY (version)
);

-- repeatable_migrations
CREATE TABLE "starling".repeatable_migrations (
  name VARCHAR(1024) NOT NULL,
  file VARCHAR(1024) NOT NULL,
  checksum VARCHAR(128) NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  execution_ms BIGINT,
  run_id BIGINT,
  PRIMARY KEY (name)
);

-- loads
CREATE TABLE "starling".loads (
  load_id BIGINT NOT NULL,
  run_id BIGINT,
  source VARCHAR(1024) NOT NULL,
  table_name VARCHAR(1024) NOT NULL,
  file VARCHAR(4096) NOT NULL,
  checksum VARCHAR(128) NOT NULL,
  started_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  finished_at TIMESTAMPTZ,
  status VARCHAR(32) NOT NULL,
  rows_in BIGINT NOT NULL DEFAULT 0,
  rows_loaded BIGINT NOT NULL DEFAULT 0,
  rows_skipped BIGINT NOT NULL DEFAULT 0,
  rows_rejected BIGINT NOT NULL DEFAULT 0,
  error VARCHAR(65535),
  PRIMARY KEY (load_id)
);

-- rejected_rows
CREATE TABLE "starling".rejected_rows (
  load_id BIGINT NOT NULL,
  line BIGINT NOT NULL,
  reason VARCHAR(65535) NOT NULL,
  raw VARCHAR(65535)
);

-- pipeline_health
CREATE VIEW "starling".pipeline_health AS
WITH latest_check AS (
  SELECT source, table_name, checked_at, max_loaded_at, lag_seconds, warn_after_seconds,
         error_after_seconds, status, message
  FROM (SELECT f.*, row_number() OVER (PARTITION BY f.source, f.table_name
                                       ORDER BY f.checked_at DESC) AS n
        FROM "starling".source_freshness f) x
  WHERE n = 1
), source_now AS (
  SELECT c.*,
         greatest(0, CAST(extract(epoch FROM CAST(GETDATE() AS TIMESTAMPTZ))
                          - extract(epoch FROM c.max_loaded_at) AS BIGINT)) AS lag_now
  FROM latest_check c
), source_rows AS (
  SELECT s.*,
         CASE WHEN s.status = 'error' OR s.lag_now > s.error_after_seconds THEN 'error'
              WHEN s.status = 'warn' OR s.lag_now > s.warn_after_seconds THEN 'warn'
              ELSE 'ok' END AS status_now
  FROM source_now s
), model_names AS (
  SELECT model FROM "starling".models
  UNION
  SELECT model FROM "starling".model_runs
), last_model_run AS (
  SELECT model, status, finished_at, error, message
  FROM (SELECT mr.*, row_number() OVER (PARTITION BY mr.model ORDER BY mr.run_id DESC) AS n
        FROM "starling".model_runs mr
        WHERE mr.status <> 'running') x
  WHERE n = 1
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling".model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT CAST('source' AS VARCHAR(6)) AS kind,
       r.source || '.' || r.table_name AS name,
       r.status_now AS status,
       r.max_loaded_at AS last_success,
       coalesce(r.lag_now, r.lag_seconds) AS lag_seconds,
       CASE WHEN r.status_now = 'ok' THEN coalesce(r.warn_after_seconds, r.error_after_seconds)
            ELSE r.error_after_seconds END AS threshold_seconds,
       r.warn_after_seconds,
       r.error_after_seconds,
       CASE WHEN r.status_now = r.status THEN r.message
            WHEN r.status_now = 'error' THEN 'past error_after since the last check'
            ELSE 'past warn_after since the last check' END AS message,
       r.checked_at
FROM source_rows r
UNION ALL
SELECT CAST('model' AS VARCHAR(6)) AS kind,
       n.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            WHEN lr.status = 'skipped' THEN 'warn'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       CAST(extract(epoch FROM CAST(GETDATE() AS TIMESTAMPTZ))
            - extract(epoch FROM ls.finished_at) AS BIGINT) AS lag_seconds,
       CAST(NULL AS BIGINT) AS threshold_seconds,
       CAST(NULL AS BIGINT) AS warn_after_seconds,
       CAST(NULL AS BIGINT) AS error_after_seconds,
       coalesce(lr.error, lr.message) AS message,
       lr.finished_at AS checked_at
FROM model_names n
LEFT JOIN last_model_run lr ON lr.model = n.model
LEFT JOIN last_success ls ON ls.model = n.model;

-- inputs
CREATE TABLE "starling".inputs (
  input VARCHAR(1024) NOT NULL,
  shadow VARCHAR(128) NOT NULL,
  seq BIGINT NOT NULL,
  epoch BIGINT NOT NULL,
  open_rows BIGINT NOT NULL,
  high_water VARCHAR(64),
  shape VARCHAR(65535) NOT NULL,
  refreshed_run BIGINT,
  refreshed_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  PRIMARY KEY (input)
);

-- positions
CREATE TABLE "starling".positions (
  model VARCHAR(1024) NOT NULL,
  input VARCHAR(1024) NOT NULL,
  seqs VARCHAR(65535) NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  PRIMARY KEY (model, input)
);

-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling'

-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";

-- run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);

-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling'

-- run lock holder before the lease
SELECT max(holder) FROM "starling".run_lock;

-- reshape run lock table
DROP TABLE "starling".run_lock;

-- reshape run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);

-- run lock
LOCK "starling".run_lock;

-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling".run_lock;

-- take run lock
DELETE FROM "starling".run_lock;

-- take run lock
INSERT INTO "starling".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');

-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;

-- give up run lock
DELETE FROM "starling".run_lock WHERE token = $1;

-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'

-- meta schema version
SELECT max(version) FROM "starling".meta_version;

-- meta schema version
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '1'

-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;

-- record migration migrations/0001_app_tables.sql
INSERT INTO "starling".schema_migrations (version, name, file, checksum, execution_ms, run_id) VALUES ($1::integer, $2, $3, $4, $5::bigint, $6::bigint);
-- $1 = '1'
-- $2 = 'app_tables'
-- $3 = 'migrations/0001_app_tables.sql'
-- $4 = 'abc'
-- $5 = '12'
-- $6 = '1'

-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;

-- forget repeatable migration dashboard_views
DELETE FROM "starling".repeatable_migrations WHERE name = $1;
-- $1 = 'dashboard_views'

-- record repeatable migration migrations/0001_app_tables.sql
INSERT INTO "starling".repeatable_migrations (name, file, checksum, execution_ms, run_id) VALUES ($1, $2, $3, $4::bigint, $5::bigint);
-- $1 = 'app_tables'
-- $2 = 'migrations/0001_app_tables.sql'
-- $3 = 'abc'
-- $4 = '3'
-- $5 = '1'

-- start run
INSERT INTO "starling".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling".runs;
-- $1 = 'run'
-- $2 = 'redshift'
-- $3 = '0.1.0'
-- $4 = '--select dim_users'

-- run id
SELECT max(run_id) FROM "starling".runs;

-- finish run
UPDATE "starling".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '7'
-- $2 = 'failed'
-- $3 = 'dim_users: a test failed'

-- record model run dim_users
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '7'
-- $2 = 'dim_users'
-- $3 = 'success'
-- $4 = '1200'
-- $5 = '3'
-- $6 = '2'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL

-- record model dim_users
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_users'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_users'
-- $4 = 'f1'
-- $5 = 'shape'
-- $6 = 'definition'

-- record model dim_users (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_users'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_users'
-- $4 = 'f1'
-- $5 = 'shape'
-- $6 = 'definition'

-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;

-- forget watermarks of fct_bookings
DELETE FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_bookings'

-- forget built periods of fct_daily_funnel
DELETE FROM "starling".built_periods WHERE model = $1 AND ($2::timestamp IS NULL OR period_end > $2::timestamp) AND ($3::timestamp IS NULL OR period_start < $3::timestamp);
-- $1 = 'fct_daily_funnel'
-- $2 = '2025-02-01 00:00:00'
-- $3 = NULL

-- watermarks of fct_bookings
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_bookings'

-- watermark of fct_bookings
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_bookings'
-- $2 = 'app.bookings'
-- $3 = '2025-03-01 00:00:00.000000'
-- $4 = '7'

-- watermark of fct_bookings (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_bookings'
-- $2 = 'app.bookings'
-- $3 = '2025-03-01 00:00:00.000000'
-- $4 = '7'

-- built periods of fct_daily_funnel
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_daily_funnel'

-- record built periods of fct_daily_funnel (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP));
-- $1 = 'fct_daily_funnel'
-- $2 = '2025-02-27 00:00:00'
-- $3 = '2025-02-28 00:00:00'

-- record built periods of fct_daily_funnel
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_funnel'
-- $2 = '7'
-- $3 = '2025-02-27 00:00:00'
-- $4 = '2025-02-28 00:00:00'
-- $5 = '2025-02-28 00:00:00'
-- $6 = '2025-03-01 00:00:00'

-- recent runs
SELECT run_id, command, target, status, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS'), round(CAST(extract(epoch FROM coalesce(finished_at, CAST(GETDATE() AS TIMESTAMPTZ))) - extract(epoch FROM started_at) AS numeric(18, 1)), 1), error FROM "starling".runs ORDER BY run_id DESC LIMIT 10;

-- model states
SELECT r.model, r.status, to_char(r.finished_at, 'YYYY-MM-DD HH24:MI:SS'), r.rows_inserted, r.rows_updated, r.rows_deleted, r.periods_built, coalesce(r.error, r.message), to_char(s.last_success, 'YYYY-MM-DD HH24:MI:SS') FROM (SELECT mr.*, row_number() OVER (PARTITION BY mr.model ORDER BY mr.run_id DESC) AS n FROM "starling".model_runs mr JOIN "starling".runs u ON u.run_id = mr.run_id WHERE u.command = 'run') r LEFT JOIN (SELECT model, max(finished_at) AS last_success FROM "starling".model_runs WHERE status = 'success' GROUP BY model) s ON s.model = r.model WHERE r.n = 1 ORDER BY r.model;

-- watermarks
SELECT model, source, to_char(value, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".watermarks ORDER BY model, source;

-- columns of app.users
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'users'

-- freshness of app.users
SELECT to_char(m, 'YYYY-MM-DD HH24:MI:SS'), extract(epoch FROM m) FROM (SELECT CAST(max("_loaded_at") AS timestamptz) AS m FROM "app"."users" WHERE (id > 0)) x;

-- server clock
SELECT extract(epoch FROM CAST(GETDATE() AS TIMESTAMPTZ));

-- record freshness of app.users
INSERT INTO "starling".source_freshness (run_id, source, table_name, max_loaded_at, lag_seconds, warn_after_seconds, error_after_seconds, status, message) VALUES ($1::bigint, $2, $3, (TIMESTAMP 'epoch' + $4::double precision * interval '1 second') AT TIME ZONE 'UTC', $5::bigint, $6::bigint, $7::bigint, $8, $9);
-- $1 = '7'
-- $2 = 'app'
-- $3 = 'users'
-- $4 = '1740787200'
-- $5 = '60'
-- $6 = '7200'
-- $7 = '21600'
-- $8 = 'ok'
-- $9 = NULL

-- prune freshness history
DELETE FROM "starling".source_freshness WHERE checked_at < CAST(GETDATE() AS TIMESTAMPTZ) - $1::bigint * interval '1 second';
-- $1 = '7776000'

-- pipeline health
SELECT kind, name, status, to_char(last_success, 'YYYY-MM-DD HH24:MI:SS'), lag_seconds, threshold_seconds, warn_after_seconds, error_after_seconds, message, to_char(checked_at, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".pipeline_health ORDER BY kind DESC, name;

-- recent runs with their rows
SELECT r.run_id, r.command, r.status, to_char(r.started_at, 'YYYY-MM-DD HH24:MI:SS'), round(CAST(extract(epoch FROM r.finished_at) - extract(epoch FROM r.started_at) AS numeric(18, 1)), 1), coalesce(sum(mr.rows_inserted), 0), coalesce(sum(mr.rows_updated), 0), coalesce(sum(mr.rows_deleted), 0), sum(CASE WHEN mr.status = 'success' THEN 1 ELSE 0 END), sum(CASE WHEN mr.status = 'failed' THEN 1 ELSE 0 END), sum(CASE WHEN mr.status = 'skipped' THEN 1 ELSE 0 END), r.error FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id GROUP BY r.run_id, r.command, r.status, r.started_at, r.finished_at, r.error ORDER BY r.run_id DESC LIMIT 20;

-- source lag history
SELECT source || '.' || table_name, extract(epoch FROM checked_at), lag_seconds FROM "starling".source_freshness WHERE checked_at > CAST(GETDATE() AS TIMESTAMPTZ) - $1::integer * interval '1 day' AND lag_seconds IS NOT NULL ORDER BY 1, checked_at;
-- $1 = '7'

-- run duration history
SELECT extract(epoch FROM started_at), extract(epoch FROM finished_at) - extract(epoch FROM started_at), status FROM "starling".runs WHERE command = 'run' AND finished_at IS NOT NULL AND started_at > CAST(GETDATE() AS TIMESTAMPTZ) - $1::integer * interval '1 day' ORDER BY run_id;
-- $1 = '7'

-- views reading warehouse.dim_users
SELECT DISTINCT n.nspname, c.relname, pg_get_viewdef(c.oid), pg_get_userbyid(c.relowner), pg_get_userbyid(c.relowner) = current_user FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid AND c.relkind = 'v' ORDER BY 1, 2;
-- $1 = 'warehouse'
-- $2 = 'dim_users'

-- privileges on warehouse.dim_users
SELECT array_to_string(c.relacl, ','), pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'warehouse'
-- $2 = 'dim_users'

-- exists warehouse.v_bookings
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'warehouse'
-- $2 = 'v_bookings'

-- rebuild: forget watermarks
DELETE FROM "starling".watermarks WHERE model IN ($1, $2);
-- $1 = 'dim_users'
-- $2 = 'fct_bookings'

-- rebuild: forget positions
DELETE FROM "starling".positions WHERE model IN ($1, $2);
-- $1 = 'dim_users'
-- $2 = 'fct_bookings'

-- rebuild: forget built_periods
DELETE FROM "starling".built_periods WHERE model IN ($1, $2);
-- $1 = 'dim_users'
-- $2 = 'fct_bookings'

-- rebuild: forget models
DELETE FROM "starling".models WHERE model IN ($1, $2);
-- $1 = 'dim_users'
-- $2 = 'fct_bookings'

-- rebuild: adopt watermarks
INSERT INTO "starling".watermarks (model, source, value, updated_at, run_id) SELECT model, source, value, updated_at, $1::bigint FROM "starling__rebuild".watermarks WHERE model IN ($2, $3);
-- $1 = '7'
-- $2 = 'dim_users'
-- $3 = 'fct_bookings'

-- rebuild: adopt positions
INSERT INTO "starling".positions (model, input, seqs, updated_at, run_id) SELECT model, input, seqs, updated_at, $1::bigint FROM "starling__rebuild".positions WHERE model IN ($2, $3);
-- $1 = '7'
-- $2 = 'dim_users'
-- $3 = 'fct_bookings'

-- rebuild: adopt built periods
INSERT INTO "starling".built_periods (model, period_start, period_end, built_at, run_id, row_count) SELECT model, period_start, period_end, built_at, $1::bigint, row_count FROM "starling__rebuild".built_periods WHERE model IN ($2, $3);
-- $1 = '7'
-- $2 = 'dim_users'
-- $3 = 'fct_bookings'

-- rebuild: adopt models
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, created_at, built_at, updated_at) SELECT model, kind, $1 || '.' || model, fingerprint, shape, definition, created_at, built_at, updated_at FROM "starling__rebuild".models WHERE model IN ($2, $3);
-- $1 = 'warehouse'
-- $2 = 'dim_users'
-- $3 = 'fct_bookings'

-- rebuild: record model runs
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) SELECT $1::bigint, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error FROM "starling__rebuild".model_runs WHERE model IN ($2, $3);
-- $1 = '7'
-- $2 = 'dim_users'
-- $3 = 'fct_bookings'

-- upstream changes of fct_bookings
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2, $3) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_bookings'
-- $2 = 'dim_users'
-- $3 = 'dim_listings'

-- session time zone
SET timezone TO 'Europe/Berlin';

-- shape of warehouse.dim_users
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.attisdistkey, a.attsortkeyord FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'dim_users'

-- replace the rows of dim_users
DELETE FROM "warehouse"."dim_users";

-- swap in dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "signup_date", "country", "plan", "time_spent_s", "account_age_days", "is_inferred") SELECT "user_sk", "user_id", "signup_date", "country", "plan", "time_spent_s", "account_age_days", "is_inferred" FROM "warehouse__rebuild"."dim_users";

-- retire dim_users
DROP TABLE "warehouse"."dim_users" CASCADE;

-- create table dim_users
CREATE TABLE "warehouse"."dim_users" (
  "user_sk" BIGINT NOT NULL,
  "user_id" BIGINT,
  "signup_date" DATE,
  "country" VARCHAR(65535),
  "plan" VARCHAR(65535),
  "time_spent_s" BIGINT,
  "account_age_days" INTEGER,
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("user_sk")
);

-- swap in dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "signup_date", "country", "plan", "time_spent_s", "account_age_days", "is_inferred") SELECT "user_sk", "user_id", "signup_date", "country", "plan", "time_spent_s", "account_age_days", "is_inferred" FROM "warehouse__rebuild"."dim_users";

-- recreate view warehouse.v_bookings
CREATE VIEW "warehouse"."v_bookings" AS SELECT b.booking_id
   FROM warehouse.fct_bookings b;

-- owner of warehouse.v_bookings
ALTER TABLE "warehouse"."v_bookings" OWNER TO "analyst";

