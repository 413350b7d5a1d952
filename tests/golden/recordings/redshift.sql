======== run 1: first build (now 2026-03-10 09:00:00 UTC) ========
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling".run_lock;
-- take run lock
DELETE FROM "starling".run_lock;
-- take run lock
INSERT INTO "starling".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
COMMIT
-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
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
-- meta schema version
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '1'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- meta schema version
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '2'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- meta schema version
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '3'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
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
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '4'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- start run
INSERT INTO "starling".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling".runs;
-- $1 = 'run'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- run id
SELECT max(run_id) FROM "starling".runs;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '1'
-- $2 = 'interrupted: it ended without recording how (found by run 1)'
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
COMMIT
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- checking create table dim_customers
CREATE TABLE "warehouse"."dim_customers" (
  "customer_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "customer_id" bigint,
  "name" varchar(40),
  "tier_label" varchar(20),
  "born" date,
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("customer_sk")
);
-- checking unique key of dim_customers
CREATE UNIQUE INDEX "dim_customers_unique" ON "warehouse"."dim_customers" ("customer_id");
-- checking unknown member of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::bigint, $3::varchar(40), $4::varchar(20), $5::date, $6::boolean) ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_dim_customers";
-- checking stage rows of dim_customers
CREATE TEMP TABLE "_stage_dim_customers" AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src LIMIT 0;
-- columns of the stage of dim_customers
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_dim_customers"'
-- columns of dim_customers
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."dim_customers"'
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- checking update changed members of dim_customers
PREPARE starling_check AS UPDATE "warehouse"."dim_customers" SET "name" = s."name", "tier_label" = s."tier_label", "born" = CASE WHEN "dim_customers"."is_inferred" THEN s."born" ELSE "dim_customers"."born" END, "is_inferred" = false FROM "_stage_dim_customers" AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND ("dim_customers"."is_inferred" OR CASE WHEN ("dim_customers"."name" = s."name" OR ("dim_customers"."name" IS NULL AND s."name" IS NULL)) AND ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END);
-- deallocate
DEALLOCATE starling_check;
-- checking insert new members of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY s."customer_id"), s."customer_id", s."name", s."tier_label", s."born", false FROM "_stage_dim_customers" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id");
-- deallocate
DEALLOCATE starling_check;
-- checking refresh always-columns of dim_customers
PREPARE starling_check AS UPDATE "warehouse"."dim_customers" SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND CASE WHEN ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END;
-- deallocate
DEALLOCATE starling_check;
-- checking test not_null name
PREPARE starling_check AS SELECT count(*) FROM "warehouse"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" AND (t."name" IS NULL);
-- deallocate
DEALLOCATE starling_check;
-- checking high water of app.customers
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- deallocate
DEALLOCATE starling_check;
ROLLBACK
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- columns of app.customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- primary key of app.customers
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- versions of app.customers
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop versions of app.customers
DROP TABLE IF EXISTS "starling"."shadow_app_customers";
-- versions of app.customers
CREATE TABLE "starling"."shadow_app_customers" AS SELECT *, CAST(1 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "app"."customers";
-- rows of app.customers
SELECT count(*) FROM "starling"."shadow_app_customers";
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling"."shadow_app_customers";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.customers'
-- $2 = 'shadow_app_customers'
-- $3 = '1'
-- $4 = '1'
-- $5 = '3'
-- $6 = '2026-03-10 09:00:00.000000'
-- $7 = 'id bigint;name character varying;tier character varying;born date;_loaded_at timestamp with time zone; key "id"'
-- $8 = '1'
COMMIT
-- positions of dim_customers
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table dim_customers
CREATE TABLE "warehouse"."dim_customers" (
  "customer_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "customer_id" bigint,
  "name" varchar(40),
  "tier_label" varchar(20),
  "born" date,
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("customer_sk")
);
-- unique key of dim_customers
CREATE UNIQUE INDEX "dim_customers_unique" ON "warehouse"."dim_customers" ("customer_id");
-- unknown member of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::bigint, $3::varchar(40), $4::varchar(20), $5::date, $6::boolean) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = 'Unknown'
-- $5 = NULL
-- $6 = 'false'
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_customers";
-- stage rows of dim_customers
CREATE TEMP TABLE "_stage_dim_customers" AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "customers" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- update changed members of dim_customers
UPDATE "warehouse"."dim_customers" SET "name" = s."name", "tier_label" = s."tier_label", "born" = CASE WHEN "dim_customers"."is_inferred" THEN s."born" ELSE "dim_customers"."born" END, "is_inferred" = false FROM "_stage_dim_customers" AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND ("dim_customers"."is_inferred" OR CASE WHEN ("dim_customers"."name" = s."name" OR ("dim_customers"."name" IS NULL AND s."name" IS NULL)) AND ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END);
-- insert new members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY s."customer_id"), s."customer_id", s."name", s."tier_label", s."born", false FROM "_stage_dim_customers" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id");
-- refresh always-columns of dim_customers
UPDATE "warehouse"."dim_customers" SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND CASE WHEN ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END;
-- $1 = '0001-01-01 00:00:00'
-- columns of warehouse.fct_customer_totals
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_customer_totals'
-- columns of warehouse.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- columns of warehouse.fct_order_scan
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_order_scan'
-- columns of warehouse.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- test not_null name
SELECT count(*) FROM "warehouse"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" AND (t."name" IS NULL);
-- test unique customer_sk
SELECT count(*) FROM (SELECT 1 FROM "warehouse"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" GROUP BY t."customer_sk" HAVING count(*) > 1) AS d;
-- watermark of dim_customers
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of dim_customers (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- position of dim_customers
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- position of dim_customers
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '1'
-- $4 = '1'
-- record model dim_customers
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_customers'
-- $4 = '04d93f15220bec90e6ad5d7d73084aa3d19978698b5408717c5d23e595ebd36b'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model dim_customers (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_customers'
-- $4 = '04d93f15220bec90e6ad5d7d73084aa3d19978698b5408717c5d23e595ebd36b'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model run dim_customers
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_customers'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '3'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- checking create table dim_date
CREATE TABLE "warehouse"."dim_date" (
  "date_key" integer NOT NULL,
  "date" date,
  "year" integer,
  "quarter" integer,
  "month" integer,
  "month_name" text,
  "day_of_month" integer,
  "day_of_week" integer,
  "day_name" text,
  "iso_year" integer,
  "iso_week" integer,
  "is_weekend" boolean,
  "fiscal_year" integer,
  "fiscal_quarter" integer,
  "is_holiday" boolean,
  "holiday_name" text,
  PRIMARY KEY ("date_key")
);
-- checking lookup key of dim_date
CREATE UNIQUE INDEX "dim_date_by_date" ON "warehouse"."dim_date" ("date");
-- checking unknown member of dim_date
PREPARE starling_check AS INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") OVERRIDING SYSTEM VALUE VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text) ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
ROLLBACK
-- watermarks of dim_date
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_date'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table dim_date
CREATE TABLE "warehouse"."dim_date" (
  "date_key" integer NOT NULL,
  "date" date,
  "year" integer,
  "quarter" integer,
  "month" integer,
  "month_name" text,
  "day_of_month" integer,
  "day_of_week" integer,
  "day_name" text,
  "iso_year" integer,
  "iso_week" integer,
  "is_weekend" boolean,
  "fiscal_year" integer,
  "fiscal_quarter" integer,
  "is_holiday" boolean,
  "holiday_name" text,
  PRIMARY KEY ("date_key")
);
-- lookup key of dim_date
CREATE UNIQUE INDEX "dim_date_by_date" ON "warehouse"."dim_date" ("date");
-- unknown member of dim_date
INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") OVERRIDING SYSTEM VALUE VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = NULL
-- $5 = NULL
-- $6 = 'Unknown'
-- $7 = NULL
-- $8 = NULL
-- $9 = 'Unknown'
-- $10 = NULL
-- $11 = NULL
-- $12 = NULL
-- $13 = NULL
-- $14 = NULL
-- $15 = NULL
-- $16 = 'Unknown'
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- stage date rows of dim_date
CREATE TEMP TABLE "_stage_dim_date" (LIKE "warehouse"."dim_date");
-- stage date rows of dim_date
INSERT INTO "_stage_dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES (CAST('20260201' AS INTEGER), CAST('2026-02-01' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('1' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('5' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260202' AS INTEGER), CAST('2026-02-02' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('2' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260203' AS INTEGER), CAST('2026-02-03' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('3' AS INTEGER), CAST('2' AS INTEGER), CAST('Tuesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260204' AS INTEGER), CAST('2026-02-04' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('4' AS INTEGER), CAST('3' AS INTEGER), CAST('Wednesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260205' AS INTEGER), CAST('2026-02-05' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('5' AS INTEGER), CAST('4' AS INTEGER), CAST('Thursday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260206' AS INTEGER), CAST('2026-02-06' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('6' AS INTEGER), CAST('5' AS INTEGER), CAST('Friday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260207' AS INTEGER), CAST('2026-02-07' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('7' AS INTEGER), CAST('6' AS INTEGER), CAST('Saturday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260208' AS INTEGER), CAST('2026-02-08' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('8' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260209' AS INTEGER), CAST('2026-02-09' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('9' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('7' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260210' AS INTEGER), CAST('2026-02-10' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('10' AS INTEGER), CAST('2' AS INTEGER … (31324 more characters);
-- update date rows of dim_date
UPDATE "warehouse"."dim_date" SET "date" = s."date", "year" = s."year", "quarter" = s."quarter", "month" = s."month", "month_name" = s."month_name", "day_of_month" = s."day_of_month", "day_of_week" = s."day_of_week", "day_name" = s."day_name", "iso_year" = s."iso_year", "iso_week" = s."iso_week", "is_weekend" = s."is_weekend", "fiscal_year" = s."fiscal_year", "fiscal_quarter" = s."fiscal_quarter", "is_holiday" = s."is_holiday", "holiday_name" = s."holiday_name" FROM "_stage_dim_date" AS s WHERE "dim_date"."date_key" = s."date_key" AND CASE WHEN ("dim_date"."date" = s."date" OR ("dim_date"."date" IS NULL AND s."date" IS NULL)) AND ("dim_date"."year" = s."year" OR ("dim_date"."year" IS NULL AND s."year" IS NULL)) AND ("dim_date"."quarter" = s."quarter" OR ("dim_date"."quarter" IS NULL AND s."quarter" IS NULL)) AND ("dim_date"."month" = s."month" OR ("dim_date"."month" IS NULL AND s."month" IS NULL)) AND ("dim_date"."month_name" = s."month_name" OR ("dim_date"."month_name" IS NULL AND s."month_name" IS NULL)) AND ("dim_date"."day_of_month" = s."day_of_month" OR ("dim_date"."day_of_month" IS NULL AND s."day_of_month" IS NULL)) AND ("dim_date"."day_of_week" = s."day_of_week" OR ("dim_date"."day_of_week" IS NULL AND s."day_of_week" IS NULL)) AND ("dim_date"."day_name" = s."day_name" OR ("dim_date"."day_name" IS NULL AND s."day_name" IS NULL)) AND ("dim_date"."iso_year" = s."iso_year" OR ("dim_date"."iso_year" IS NULL AND s."iso_year" IS NULL)) AND ("dim_date"."iso_week" = s."iso_week" OR ("dim_date"."iso_week" IS NULL AND s."iso_week" IS NULL)) AND ("dim_date"."is_weekend" = s."is_weekend" OR ("dim_date"."is_weekend" IS NULL AND s."is_weekend" IS NULL)) AND ("dim_date"."fiscal_year" = s."fiscal_year" OR ("dim_date"."fiscal_year" IS NULL AND s."fiscal_year" IS NULL)) AND ("dim_date"."fiscal_quarter" = s."fiscal_quarter" OR ("dim_date"."fiscal_quarter" IS NULL AND s."fiscal_quarter" IS NULL)) AND ("dim_date"."is_holiday" = s."is_holiday" OR ("dim_date"."is_holiday" IS NULL AND s."is_holiday" IS NULL)) AND ("dim_date"."holiday_name" = s."holiday_name" OR ("dim_date"."holiday_name" IS NULL AND s."holiday_name" IS NULL)) THEN false ELSE true END;
-- insert date rows of dim_date
INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") SELECT s."date_key", s."date", s."year", s."quarter", s."month", s."month_name", s."day_of_month", s."day_of_week", s."day_name", s."iso_year", s."iso_week", s."is_weekend", s."fiscal_year", s."fiscal_quarter", s."is_holiday", s."holiday_name" FROM "_stage_dim_date" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date_key" = s."date_key");
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- columns of warehouse.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- watermark of dim_date
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-10 00:00:00'
-- $4 = '1'
-- watermark of dim_date (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-10 00:00:00'
-- $4 = '1'
-- record model dim_date
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model dim_date (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model run dim_date
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_date'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '89'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- checking create table dim_products
CREATE TABLE "warehouse"."dim_products" (
  "product_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "sku" varchar(10),
  "title" varchar(40),
  "price" numeric(10,2),
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("product_sk")
);
-- checking unique key of dim_products
CREATE UNIQUE INDEX "dim_products_unique" ON "warehouse"."dim_products" ("sku");
-- checking unknown member of dim_products
PREPARE starling_check AS INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::varchar(10), $3::varchar(40), $4::numeric(10,2), $5::boolean) ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_dim_products";
-- checking stage rows of dim_products
CREATE TEMP TABLE "_stage_dim_products" AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM "app"."products"
WHERE _loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src LIMIT 0;
-- columns of the stage of dim_products
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_dim_products"'
-- columns of dim_products
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."dim_products"'
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- checking update changed members of dim_products
PREPARE starling_check AS UPDATE "warehouse"."dim_products" SET "title" = CASE WHEN "dim_products"."is_inferred" THEN s."title" ELSE "dim_products"."title" END, "price" = s."price", "is_inferred" = false FROM "_stage_dim_products" AS s WHERE "dim_products"."sku" = s."sku" AND ("dim_products"."is_inferred" OR CASE WHEN ("dim_products"."price" = s."price" OR ("dim_products"."price" IS NULL AND s."price" IS NULL)) THEN false ELSE true END);
-- deallocate
DEALLOCATE starling_check;
-- checking insert new members of dim_products
PREPARE starling_check AS INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY s."sku"), s."sku", s."title", s."price", false FROM "_stage_dim_products" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku");
-- deallocate
DEALLOCATE starling_check;
-- checking high water of app.products
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- deallocate
DEALLOCATE starling_check;
ROLLBACK
-- watermarks of dim_products
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_products'
-- columns of app.products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- primary key of app.products
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- versions of app.products
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop versions of app.products
DROP TABLE IF EXISTS "starling"."shadow_app_products";
-- versions of app.products
CREATE TABLE "starling"."shadow_app_products" AS SELECT *, CAST(1 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "app"."products";
-- rows of app.products
SELECT count(*) FROM "starling"."shadow_app_products";
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling"."shadow_app_products";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.products'
-- $2 = 'shadow_app_products'
-- $3 = '1'
-- $4 = '1'
-- $5 = '2'
-- $6 = '2026-03-10 09:00:00.000000'
-- $7 = 'sku character varying;title character varying;price numeric;_loaded_at timestamp with time zone; key "sku"'
-- $8 = '1'
COMMIT
-- positions of dim_products
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table dim_products
CREATE TABLE "warehouse"."dim_products" (
  "product_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "sku" varchar(10),
  "title" varchar(40),
  "price" numeric(10,2),
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("product_sk")
);
-- unique key of dim_products
CREATE UNIQUE INDEX "dim_products_unique" ON "warehouse"."dim_products" ("sku");
-- unknown member of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::varchar(10), $3::varchar(40), $4::numeric(10,2), $5::boolean) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = NULL
-- $5 = 'false'
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_products";
-- stage rows of dim_products
CREATE TEMP TABLE "_stage_dim_products" AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "products"
WHERE _loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- update changed members of dim_products
UPDATE "warehouse"."dim_products" SET "title" = CASE WHEN "dim_products"."is_inferred" THEN s."title" ELSE "dim_products"."title" END, "price" = s."price", "is_inferred" = false FROM "_stage_dim_products" AS s WHERE "dim_products"."sku" = s."sku" AND ("dim_products"."is_inferred" OR CASE WHEN ("dim_products"."price" = s."price" OR ("dim_products"."price" IS NULL AND s."price" IS NULL)) THEN false ELSE true END);
-- insert new members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY s."sku"), s."sku", s."title", s."price", false FROM "_stage_dim_products" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku");
-- columns of warehouse.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- columns of warehouse.fct_product_days
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_product_days'
-- test unique product_sk
SELECT count(*) FROM (SELECT 1 FROM "warehouse"."dim_products" AS t WHERE t."product_sk" <> -1 AND NOT t."is_inferred" GROUP BY t."product_sk" HAVING count(*) > 1) AS d;
-- watermark of dim_products
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of dim_products (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- position of dim_products
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- position of dim_products
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '1'
-- $4 = '1'
-- record model dim_products
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model dim_products (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model run dim_products
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_products'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '2'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- checking create table fct_customer_totals
CREATE TABLE "warehouse"."fct_customer_totals" (
  "customer_sk" bigint NOT NULL,
  "orders" bigint,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" bigint
);
-- checking unique key of fct_customer_totals
CREATE UNIQUE INDEX "fct_customer_totals_unique" ON "warehouse"."fct_customer_totals" ("customer_sk");
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- checking stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
FROM "app"."orders"
GROUP BY 1
) AS src LIMIT 0;
-- columns of the stage of fct_customer_totals
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_customer_totals"'
-- columns of fct_customer_totals
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_customer_totals"'
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_customer_totals" WHERE "customer_id" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_customer_totals" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- checking delete rows of fct_customer_totals
PREPARE starling_check AS DELETE FROM "warehouse"."fct_customer_totals";
-- deallocate
DEALLOCATE starling_check;
-- checking insert fct_customer_totals
PREPARE starling_check AS INSERT INTO "warehouse"."fct_customer_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."orders" AS "orders", coalesce(s."amount", 0) AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_customer_totals" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" AND NOT r0."is_inferred";
-- deallocate
DEALLOCATE starling_check;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
ROLLBACK
-- watermarks of fct_customer_totals
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- columns of app.orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- primary key of app.orders
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- versions of app.orders
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop versions of app.orders
DROP TABLE IF EXISTS "starling"."shadow_app_orders";
-- versions of app.orders
CREATE TABLE "starling"."shadow_app_orders" AS SELECT *, CAST(1 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "app"."orders";
-- rows of app.orders
SELECT count(*) FROM "starling"."shadow_app_orders";
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling"."shadow_app_orders";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.orders'
-- $2 = 'shadow_app_orders'
-- $3 = '1'
-- $4 = '1'
-- $5 = '5'
-- $6 = '2026-03-10 09:00:00.000000'
-- $7 = 'id bigint;customer_id bigint;sku character varying;amount numeric;ordered_at timestamp with time zone;_loaded_at timestamp with time zone; key "id"'
-- $8 = '1'
COMMIT
-- positions of fct_customer_totals
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_customer_totals'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_customer_totals
CREATE TABLE "warehouse"."fct_customer_totals" (
  "customer_sk" bigint NOT NULL,
  "orders" bigint,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" bigint
);
-- unique key of fct_customer_totals
CREATE UNIQUE INDEX "fct_customer_totals_unique" ON "warehouse"."fct_customer_totals" ("customer_sk");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "orders"
GROUP BY 1
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_customer_totals" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_customer_totals" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- delete rows of fct_customer_totals
DELETE FROM "warehouse"."fct_customer_totals";
-- insert fct_customer_totals
INSERT INTO "warehouse"."fct_customer_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."orders" AS "orders", coalesce(s."amount", 0) AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_customer_totals" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" AND NOT r0."is_inferred";
-- watermark of fct_customer_totals
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of fct_customer_totals (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- position of fct_customer_totals
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- position of fct_customer_totals
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '1'
-- $4 = '1'
-- record model fct_customer_totals
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model fct_customer_totals (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model run fct_customer_totals
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_customer_totals'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '4'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- checking create table fct_daily_customer
CREATE TABLE "warehouse"."fct_daily_customer" (
  "customer_sk" bigint NOT NULL,
  "date_key" integer NOT NULL,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "orders" integer NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0,
  "date_key_unresolved" date
);
-- checking unique key of fct_daily_customer
CREATE UNIQUE INDEX "fct_daily_customer_unique" ON "warehouse"."fct_daily_customer" ("customer_sk", "date_key");
-- checking index of fct_daily_customer
CREATE INDEX "fct_daily_customer_by_day" ON "warehouse"."fct_daily_customer" ("day");
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- checking stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= '0001-01-01 00:00:00'::timestamp AND ordered_at < '9999-12-31 23:59:59'::timestamp
GROUP BY 1, 2
) AS src LIMIT 0;
-- columns of the stage of fct_daily_customer
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_daily_customer"'
-- columns of fct_daily_customer
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_daily_customer"'
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- checking infer members of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- deallocate
DEALLOCATE starling_check;
-- checking check rows lie in their period
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- checking delete periods of fct_daily_customer
PREPARE starling_check AS DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- deallocate
DEALLOCATE starling_check;
-- checking insert fct_daily_customer
PREPARE starling_check AS INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- deallocate
DEALLOCATE starling_check;
-- checking update changed rows of fct_daily_customer
PREPARE starling_check AS UPDATE "warehouse"."fct_daily_customer" SET "day" = x."day", "amount" = x."amount", "orders" = x."orders", "customer_orders" = x."customer_orders", "date_key_unresolved" = x."date_key_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE "fct_daily_customer"."customer_sk" = x."customer_sk" AND "fct_daily_customer"."date_key" = x."date_key" AND CASE WHEN ("fct_daily_customer"."day" = x."day" OR ("fct_daily_customer"."day" IS NULL AND x."day" IS NULL)) AND ("fct_daily_customer"."amount" = x."amount" OR ("fct_daily_customer"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_daily_customer"."orders" = x."orders" OR ("fct_daily_customer"."orders" IS NULL AND x."orders" IS NULL)) AND ("fct_daily_customer"."customer_orders" = x."customer_orders" OR ("fct_daily_customer"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) AND ("fct_daily_customer"."date_key_unresolved" = x."date_key_unresolved" OR ("fct_daily_customer"."date_key_unresolved" IS NULL AND x."date_key_unresolved" IS NULL)) THEN false ELSE true END;
-- deallocate
DEALLOCATE starling_check;
-- checking insert new rows of fct_daily_customer
PREPARE starling_check AS INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT x."customer_sk", x."date_key", x."day", x."amount", x."orders", x."customer_orders", x."date_key_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = x."customer_sk" AND f."date_key" = x."date_key");
-- deallocate
DEALLOCATE starling_check;
-- checking refresh always-measures of fct_daily_customer
PREPARE starling_check AS UPDATE "warehouse"."fct_daily_customer" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE "fct_daily_customer"."customer_sk" = x."customer_sk" AND "fct_daily_customer"."date_key" = x."date_key" AND CASE WHEN ("fct_daily_customer"."customer_orders" = x."customer_orders" OR ("fct_daily_customer"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- deallocate
DEALLOCATE starling_check;
-- checking densify fct_daily_customer
PREPARE starling_check AS INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date))) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d + 10 * d1.d + 100 * d2.d + 1000 * d3.d + 10000 * d4.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0 CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d1 CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d2 CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d3 CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d4) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- deallocate
DEALLOCATE starling_check;
-- checking new members to densify in fct_daily_customer
PREPARE starling_check AS SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 1;
-- deallocate
DEALLOCATE starling_check;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
-- checking late periods from app.orders
PREPARE starling_check AS SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- checking changed grains from app.orders
PREPARE starling_check AS SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS'), "customer_id" FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 1;
-- deallocate
DEALLOCATE starling_check;
-- checking changed grains from app.orders
PREPARE starling_check AS SELECT DISTINCT "customer_id" FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 1;
-- deallocate
DEALLOCATE starling_check;
ROLLBACK
-- watermarks of fct_daily_customer
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- positions of fct_daily_customer
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_daily_customer'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_daily_customer
CREATE TABLE "warehouse"."fct_daily_customer" (
  "customer_sk" bigint NOT NULL,
  "date_key" integer NOT NULL,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "orders" integer NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0,
  "date_key_unresolved" date
);
-- unique key of fct_daily_customer
CREATE UNIQUE INDEX "fct_daily_customer_unique" ON "warehouse"."fct_daily_customer" ("customer_sk", "date_key");
-- index of fct_daily_customer
CREATE INDEX "fct_daily_customer_by_day" ON "warehouse"."fct_daily_customer" ("day");
-- record model fct_daily_customer
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = 'c6b30d676833d42e24c96c374d0ec7aa95b88485ed9a81b69d33fc480d9870fd'
-- $5 = 'customer_sk bigint not null
date_key integer not null
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), NULL WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = 'c6b30d676833d42e24c96c374d0ec7aa95b88485ed9a81b69d33fc480d9870fd'
-- $5 = 'customer_sk bigint not null
date_key integer not null
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
COMMIT
-- built periods of fct_daily_customer
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- position of fct_daily_customer
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '1'
-- $4 = '1'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE ordered_at >= '2026-03-01 00:00:00'::timestamp AND ordered_at < '2026-03-05 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-01 00:00:00'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-04 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-01 00:00:00'
-- $4 = '2026-03-02 00:00:00'
-- $5 = '2026-03-02 00:00:00'
-- $6 = '2026-03-03 00:00:00'
-- $7 = '2026-03-03 00:00:00'
-- $8 = '2026-03-04 00:00:00'
-- $9 = '2026-03-04 00:00:00'
-- $10 = '2026-03-05 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE ordered_at >= '2026-03-05 00:00:00'::timestamp AND ordered_at < '2026-03-09 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-05 00:00:00'
-- $3 = '2026-03-06 00:00:00'
-- $4 = '2026-03-07 00:00:00'
-- $5 = '2026-03-08 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-05 00:00:00'
-- $4 = '2026-03-06 00:00:00'
-- $5 = '2026-03-06 00:00:00'
-- $6 = '2026-03-07 00:00:00'
-- $7 = '2026-03-07 00:00:00'
-- $8 = '2026-03-08 00:00:00'
-- $9 = '2026-03-08 00:00:00'
-- $10 = '2026-03-09 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE ordered_at >= '2026-03-09 00:00:00'::timestamp AND ordered_at < '2026-03-11 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-09 00:00:00'
-- $3 = '2026-03-10 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-09 00:00:00'
-- $4 = '2026-03-10 00:00:00'
-- $5 = '2026-03-10 00:00:00'
-- $6 = '2026-03-11 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- new members to densify in fct_daily_customer
SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 100001;
-- $1 = '2026-03-01 00:00:00'
-- watermark of fct_daily_customer
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- position of fct_daily_customer
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '1'
-- $4 = '1'
-- record model fct_daily_customer
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = 'c6b30d676833d42e24c96c374d0ec7aa95b88485ed9a81b69d33fc480d9870fd'
-- $5 = 'customer_sk bigint not null
date_key integer not null
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = 'c6b30d676833d42e24c96c374d0ec7aa95b88485ed9a81b69d33fc480d9870fd'
-- $5 = 'customer_sk bigint not null
date_key integer not null
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model run fct_daily_customer
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_daily_customer'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '27'
-- $6 = '0'
-- $7 = '0'
-- $8 = '10'
-- $9 = NULL
-- $10 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- checking create table fct_order_scan
CREATE TABLE "warehouse"."fct_order_scan" (
  "customer_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "ordered_at" timestamptz,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- checking unique key of fct_order_scan
CREATE UNIQUE INDEX "fct_order_scan_unique" ON "warehouse"."fct_order_scan" ("order_id");
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- checking stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" AS SELECT * FROM (SELECT * FROM "app"."orders" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src LIMIT 0;
-- columns of the stage of fct_order_scan
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_order_scan"'
-- columns of fct_order_scan
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_order_scan"'
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- checking infer members of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- deallocate
DEALLOCATE starling_check;
-- checking insert fct_order_scan
PREPARE starling_check AS INSERT INTO "warehouse"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id";
-- deallocate
DEALLOCATE starling_check;
-- checking update changed rows of fct_order_scan
PREPARE starling_check AS UPDATE "warehouse"."fct_order_scan" SET "customer_sk" = x."customer_sk", "ordered_at" = x."ordered_at", "amount" = x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE "fct_order_scan"."order_id" = x."order_id" AND CASE WHEN ("fct_order_scan"."customer_sk" = x."customer_sk" OR ("fct_order_scan"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_order_scan"."ordered_at" = x."ordered_at" OR ("fct_order_scan"."ordered_at" IS NULL AND x."ordered_at" IS NULL)) AND ("fct_order_scan"."amount" = x."amount" OR ("fct_order_scan"."amount" IS NULL AND x."amount" IS NULL)) THEN false ELSE true END;
-- deallocate
DEALLOCATE starling_check;
-- checking insert new rows of fct_order_scan
PREPARE starling_check AS INSERT INTO "warehouse"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT x."customer_sk", x."order_id", x."ordered_at", x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_order_scan" AS f WHERE f."order_id" = x."order_id");
-- deallocate
DEALLOCATE starling_check;
-- checking delete rows gone from the source of fct_order_scan
PREPARE starling_check AS DELETE FROM "warehouse"."fct_order_scan" WHERE NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE x."order_id" = "fct_order_scan"."order_id");
-- deallocate
DEALLOCATE starling_check;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
ROLLBACK
-- watermarks of fct_order_scan
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_order_scan'
-- positions of fct_order_scan
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_order_scan'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_order_scan
CREATE TABLE "warehouse"."fct_order_scan" (
  "customer_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "ordered_at" timestamptz,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- unique key of fct_order_scan
CREATE UNIQUE INDEX "fct_order_scan_unique" ON "warehouse"."fct_order_scan" ("order_id");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" AS SELECT * FROM (SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "orders" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- update changed rows of fct_order_scan
UPDATE "warehouse"."fct_order_scan" SET "customer_sk" = x."customer_sk", "ordered_at" = x."ordered_at", "amount" = x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE "fct_order_scan"."order_id" = x."order_id" AND CASE WHEN ("fct_order_scan"."customer_sk" = x."customer_sk" OR ("fct_order_scan"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_order_scan"."ordered_at" = x."ordered_at" OR ("fct_order_scan"."ordered_at" IS NULL AND x."ordered_at" IS NULL)) AND ("fct_order_scan"."amount" = x."amount" OR ("fct_order_scan"."amount" IS NULL AND x."amount" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_order_scan
INSERT INTO "warehouse"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT x."customer_sk", x."order_id", x."ordered_at", x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_order_scan" AS f WHERE f."order_id" = x."order_id");
-- watermark of fct_order_scan
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of fct_order_scan (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- position of fct_order_scan
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- position of fct_order_scan
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '1'
-- $4 = '1'
-- record model fct_order_scan
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model fct_order_scan (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model run fct_order_scan
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_order_scan'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- checking create table fct_orders
CREATE TABLE "warehouse"."fct_orders" (
  "customer_sk" bigint NOT NULL,
  "product_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0
);
-- checking unique key of fct_orders
CREATE UNIQUE INDEX "fct_orders_unique" ON "warehouse"."fct_orders" ("order_id");
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- checking stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src LIMIT 0;
-- columns of the stage of fct_orders
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_orders"'
-- columns of fct_orders
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_orders"'
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- checking infer members of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- deallocate
DEALLOCATE starling_check;
-- checking infer members of dim_products
PREPARE starling_check AS INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- deallocate
DEALLOCATE starling_check;
-- checking insert fct_orders
PREPARE starling_check AS INSERT INTO "warehouse"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku";
-- deallocate
DEALLOCATE starling_check;
-- checking update changed rows of fct_orders
PREPARE starling_check AS UPDATE "warehouse"."fct_orders" SET "customer_sk" = x."customer_sk", "product_sk" = x."product_sk", "amount" = x."amount", "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."product_sk" = x."product_sk" OR ("fct_orders"."product_sk" IS NULL AND x."product_sk" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- deallocate
DEALLOCATE starling_check;
-- checking insert new rows of fct_orders
PREPARE starling_check AS INSERT INTO "warehouse"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT x."customer_sk", x."product_sk", x."order_id", x."amount", x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_orders" AS f WHERE f."order_id" = x."order_id");
-- deallocate
DEALLOCATE starling_check;
-- checking refresh always-measures of fct_orders
PREPARE starling_check AS UPDATE "warehouse"."fct_orders" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- deallocate
DEALLOCATE starling_check;
-- checking test not_null order_id
PREPARE starling_check AS SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- deallocate
DEALLOCATE starling_check;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
ROLLBACK
-- watermarks of fct_orders
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_orders'
-- positions of fct_orders
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_orders
CREATE TABLE "warehouse"."fct_orders" (
  "customer_sk" bigint NOT NULL,
  "product_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0
);
-- unique key of fct_orders
CREATE UNIQUE INDEX "fct_orders_unique" ON "warehouse"."fct_orders" ("order_id");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- update changed rows of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_sk" = x."customer_sk", "product_sk" = x."product_sk", "amount" = x."amount", "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."product_sk" = x."product_sk" OR ("fct_orders"."product_sk" IS NULL AND x."product_sk" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_orders
INSERT INTO "warehouse"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT x."customer_sk", x."product_sk", x."order_id", x."amount", x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_orders" AS f WHERE f."order_id" = x."order_id");
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- refresh always-measures of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- test not_null order_id
SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of fct_orders (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- position of fct_orders
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- position of fct_orders
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '1'
-- $4 = '1'
-- record model fct_orders
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model fct_orders (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model run fct_orders
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_orders'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- checking create table fct_product_days
CREATE TABLE "warehouse"."fct_product_days" (
  "product_sk" bigint NOT NULL,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- checking unique key of fct_product_days
CREATE UNIQUE INDEX "fct_product_days_unique" ON "warehouse"."fct_product_days" ("product_sk", "day");
-- checking index of fct_product_days
CREATE INDEX "fct_product_days_by_day" ON "warehouse"."fct_product_days" ("day");
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- checking stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM "app"."orders"
WHERE ordered_at >= '0001-01-01 00:00:00'::timestamp AND ordered_at < '9999-12-31 23:59:59'::timestamp
GROUP BY 1, 2
) AS src LIMIT 0;
-- columns of the stage of fct_product_days
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_product_days"'
-- columns of fct_product_days
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_product_days"'
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- checking infer members of dim_products
PREPARE starling_check AS INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- deallocate
DEALLOCATE starling_check;
-- checking check rows lie in their period
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- checking delete periods of fct_product_days
PREPARE starling_check AS DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- deallocate
DEALLOCATE starling_check;
-- checking insert fct_product_days
PREPARE starling_check AS INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- deallocate
DEALLOCATE starling_check;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
-- checking late periods from app.orders
PREPARE starling_check AS SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- deallocate
DEALLOCATE starling_check;
ROLLBACK
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
-- positions of fct_product_days
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_product_days'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_product_days
CREATE TABLE "warehouse"."fct_product_days" (
  "product_sk" bigint NOT NULL,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- unique key of fct_product_days
CREATE UNIQUE INDEX "fct_product_days_unique" ON "warehouse"."fct_product_days" ("product_sk", "day");
-- index of fct_product_days
CREATE INDEX "fct_product_days_by_day" ON "warehouse"."fct_product_days" ("day");
-- record model fct_product_days
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), NULL WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
COMMIT
-- built periods of fct_product_days
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_product_days'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- position of fct_product_days
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '1'
-- $4 = '1'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "orders"
WHERE ordered_at >= '2026-03-01 00:00:00'::timestamp AND ordered_at < '2026-03-11 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($11 AS TIMESTAMP));
-- $1 = 'fct_product_days'
-- $2 = '2026-03-01 00:00:00'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-04 00:00:00'
-- $6 = '2026-03-05 00:00:00'
-- $7 = '2026-03-06 00:00:00'
-- $8 = '2026-03-07 00:00:00'
-- $9 = '2026-03-08 00:00:00'
-- $10 = '2026-03-09 00:00:00'
-- $11 = '2026-03-10 00:00:00'
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($11 AS TIMESTAMP), CAST($12 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($13 AS TIMESTAMP), CAST($14 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($15 AS TIMESTAMP), CAST($16 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($17 AS TIMESTAMP), CAST($18 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($19 AS TIMESTAMP), CAST($20 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($21 AS TIMESTAMP), CAST($22 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_product_days'
-- $2 = '1'
-- $3 = '2026-03-01 00:00:00'
-- $4 = '2026-03-02 00:00:00'
-- $5 = '2026-03-02 00:00:00'
-- $6 = '2026-03-03 00:00:00'
-- $7 = '2026-03-03 00:00:00'
-- $8 = '2026-03-04 00:00:00'
-- $9 = '2026-03-04 00:00:00'
-- $10 = '2026-03-05 00:00:00'
-- $11 = '2026-03-05 00:00:00'
-- $12 = '2026-03-06 00:00:00'
-- $13 = '2026-03-06 00:00:00'
-- $14 = '2026-03-07 00:00:00'
-- $15 = '2026-03-07 00:00:00'
-- $16 = '2026-03-08 00:00:00'
-- $17 = '2026-03-08 00:00:00'
-- $18 = '2026-03-09 00:00:00'
-- $19 = '2026-03-09 00:00:00'
-- $20 = '2026-03-10 00:00:00'
-- $21 = '2026-03-10 00:00:00'
-- $22 = '2026-03-11 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermark of fct_product_days
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of fct_product_days (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- position of fct_product_days
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '1'
-- $4 = '1'
-- record model fct_product_days
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model run fct_product_days
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_product_days'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '0'
-- $8 = '10'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- finish run
UPDATE "starling".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '1'
-- $2 = 'success'
-- $3 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- give up run lock
DELETE FROM "starling".run_lock WHERE token = $1;
-- $1 = '<token>'
COMMIT

======== run 2: updates, new members, late rows, an additive change (now 2026-03-11 09:30:00 UTC) ========
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling".run_lock;
-- take run lock
DELETE FROM "starling".run_lock;
-- take run lock
INSERT INTO "starling".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
COMMIT
-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- start run
INSERT INTO "starling".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling".runs;
-- $1 = 'run'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- run id
SELECT max(run_id) FROM "starling".runs;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '2'
-- $2 = 'interrupted: it ended without recording how (found by run 2)'
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
COMMIT
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- columns of app.customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- primary key of app.customers
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- versions of app.customers
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- exists starling.shadow_app_customers
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.customers that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."customers" WHERE "_loaded_at" >= '2026-03-10 08:00:00'::timestamp;
-- changed rows of app.customers
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_customers" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."name" = c."name" OR (s."name" IS NULL AND c."name" IS NULL)) AND (s."tier" = c."tier" OR (s."tier" IS NULL AND c."tier" IS NULL)) AND (s."born" = c."born" OR (s."born" IS NULL AND c."born" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.customers
UPDATE "starling"."shadow_app_customers" SET _starling_to = 2 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_customers"."id");
-- new versions of app.customers
INSERT INTO "starling"."shadow_app_customers" SELECT c.*, CAST(2 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.customers
SELECT count(*) FROM "app"."customers";
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.customers'
-- $2 = 'shadow_app_customers'
-- $3 = '2'
-- $4 = '1'
-- $5 = '5'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'id bigint;name character varying;tier character varying;born date;_loaded_at timestamp with time zone; key "id"'
-- $8 = '2'
-- positions in app.customers
SELECT model, seqs FROM "starling".positions WHERE input = $1;
-- $1 = 'app.customers'
-- purge versions of app.customers
DELETE FROM "starling"."shadow_app_customers" WHERE _starling_to IS NOT NULL AND _starling_to <= 1;
COMMIT
-- positions of dim_customers
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- add column name_length to dim_customers
ALTER TABLE "warehouse"."dim_customers" ADD COLUMN IF NOT EXISTS "name_length" integer;
-- forget watermarks of dim_customers
DELETE FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- forget positions of dim_customers
DELETE FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_customers'
-- forget built periods of dim_customers
DELETE FROM "starling".built_periods WHERE model = $1 AND ($2::timestamp IS NULL OR period_end > $2::timestamp) AND ($3::timestamp IS NULL OR period_start < $3::timestamp);
-- $1 = 'dim_customers'
-- $2 = NULL
-- $3 = NULL
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_customers";
-- stage rows of dim_customers
CREATE TEMP TABLE "_stage_dim_customers" AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born", (length(name)) AS "name_length" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "customers" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- update changed members of dim_customers
UPDATE "warehouse"."dim_customers" SET "name" = s."name", "tier_label" = s."tier_label", "born" = CASE WHEN "dim_customers"."is_inferred" THEN s."born" ELSE "dim_customers"."born" END, "name_length" = s."name_length", "is_inferred" = false FROM "_stage_dim_customers" AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND ("dim_customers"."is_inferred" OR CASE WHEN ("dim_customers"."name" = s."name" OR ("dim_customers"."name" IS NULL AND s."name" IS NULL)) AND ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) AND ("dim_customers"."name_length" = s."name_length" OR ("dim_customers"."name_length" IS NULL AND s."name_length" IS NULL)) THEN false ELSE true END);
-- insert new members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY s."customer_id"), s."customer_id", s."name", s."tier_label", s."born", s."name_length", false FROM "_stage_dim_customers" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id");
-- refresh always-columns of dim_customers
UPDATE "warehouse"."dim_customers" SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND CASE WHEN ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END;
-- $1 = '0001-01-01 00:00:00'
-- columns of warehouse.fct_customer_totals
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_customer_totals'
-- point fct_customer_totals.customer_sk from the unknown member at the members dim_customers now has
UPDATE "warehouse"."fct_customer_totals" SET "customer_sk" = d."customer_sk", "customer_sk_unresolved" = NULL FROM "warehouse"."dim_customers" AS d WHERE "fct_customer_totals"."customer_sk" = -1 AND "fct_customer_totals"."customer_sk_unresolved" IS NOT NULL AND d."customer_id" = "fct_customer_totals"."customer_sk_unresolved" AND NOT d."is_inferred";
-- columns of warehouse.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- columns of warehouse.fct_order_scan
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_order_scan'
-- columns of warehouse.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- test not_null name
SELECT count(*) FROM "warehouse"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" AND EXISTS (SELECT 1 FROM "_stage_dim_customers" AS x WHERE x."customer_id" = t."customer_id") AND (t."name" IS NULL);
-- test unique customer_sk
SELECT count(*) FROM (SELECT 1 FROM "warehouse"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" GROUP BY t."customer_sk" HAVING count(*) > 1) AS d;
-- watermark of dim_customers
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of dim_customers (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- position of dim_customers
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- position of dim_customers
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2'
-- $4 = '2'
-- record model dim_customers
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model dim_customers (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model run dim_customers
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '2'
-- $2 = 'dim_customers'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '1'
-- $6 = '4'
-- $7 = '0'
-- $8 = '0'
-- $9 = 'applied additive: new column name_length'
-- $10 = NULL
COMMIT
-- watermarks of dim_date
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_date'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- stage date rows of dim_date
CREATE TEMP TABLE "_stage_dim_date" (LIKE "warehouse"."dim_date");
-- stage date rows of dim_date
INSERT INTO "_stage_dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES (CAST('20260201' AS INTEGER), CAST('2026-02-01' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('1' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('5' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260202' AS INTEGER), CAST('2026-02-02' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('2' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260203' AS INTEGER), CAST('2026-02-03' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('3' AS INTEGER), CAST('2' AS INTEGER), CAST('Tuesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260204' AS INTEGER), CAST('2026-02-04' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('4' AS INTEGER), CAST('3' AS INTEGER), CAST('Wednesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260205' AS INTEGER), CAST('2026-02-05' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('5' AS INTEGER), CAST('4' AS INTEGER), CAST('Thursday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260206' AS INTEGER), CAST('2026-02-06' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('6' AS INTEGER), CAST('5' AS INTEGER), CAST('Friday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260207' AS INTEGER), CAST('2026-02-07' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('7' AS INTEGER), CAST('6' AS INTEGER), CAST('Saturday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260208' AS INTEGER), CAST('2026-02-08' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('8' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260209' AS INTEGER), CAST('2026-02-09' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('9' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('7' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260210' AS INTEGER), CAST('2026-02-10' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('10' AS INTEGER), CAST('2' AS INTEGER … (31324 more characters);
-- update date rows of dim_date
UPDATE "warehouse"."dim_date" SET "date" = s."date", "year" = s."year", "quarter" = s."quarter", "month" = s."month", "month_name" = s."month_name", "day_of_month" = s."day_of_month", "day_of_week" = s."day_of_week", "day_name" = s."day_name", "iso_year" = s."iso_year", "iso_week" = s."iso_week", "is_weekend" = s."is_weekend", "fiscal_year" = s."fiscal_year", "fiscal_quarter" = s."fiscal_quarter", "is_holiday" = s."is_holiday", "holiday_name" = s."holiday_name" FROM "_stage_dim_date" AS s WHERE "dim_date"."date_key" = s."date_key" AND CASE WHEN ("dim_date"."date" = s."date" OR ("dim_date"."date" IS NULL AND s."date" IS NULL)) AND ("dim_date"."year" = s."year" OR ("dim_date"."year" IS NULL AND s."year" IS NULL)) AND ("dim_date"."quarter" = s."quarter" OR ("dim_date"."quarter" IS NULL AND s."quarter" IS NULL)) AND ("dim_date"."month" = s."month" OR ("dim_date"."month" IS NULL AND s."month" IS NULL)) AND ("dim_date"."month_name" = s."month_name" OR ("dim_date"."month_name" IS NULL AND s."month_name" IS NULL)) AND ("dim_date"."day_of_month" = s."day_of_month" OR ("dim_date"."day_of_month" IS NULL AND s."day_of_month" IS NULL)) AND ("dim_date"."day_of_week" = s."day_of_week" OR ("dim_date"."day_of_week" IS NULL AND s."day_of_week" IS NULL)) AND ("dim_date"."day_name" = s."day_name" OR ("dim_date"."day_name" IS NULL AND s."day_name" IS NULL)) AND ("dim_date"."iso_year" = s."iso_year" OR ("dim_date"."iso_year" IS NULL AND s."iso_year" IS NULL)) AND ("dim_date"."iso_week" = s."iso_week" OR ("dim_date"."iso_week" IS NULL AND s."iso_week" IS NULL)) AND ("dim_date"."is_weekend" = s."is_weekend" OR ("dim_date"."is_weekend" IS NULL AND s."is_weekend" IS NULL)) AND ("dim_date"."fiscal_year" = s."fiscal_year" OR ("dim_date"."fiscal_year" IS NULL AND s."fiscal_year" IS NULL)) AND ("dim_date"."fiscal_quarter" = s."fiscal_quarter" OR ("dim_date"."fiscal_quarter" IS NULL AND s."fiscal_quarter" IS NULL)) AND ("dim_date"."is_holiday" = s."is_holiday" OR ("dim_date"."is_holiday" IS NULL AND s."is_holiday" IS NULL)) AND ("dim_date"."holiday_name" = s."holiday_name" OR ("dim_date"."holiday_name" IS NULL AND s."holiday_name" IS NULL)) THEN false ELSE true END;
-- insert date rows of dim_date
INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") SELECT s."date_key", s."date", s."year", s."quarter", s."month", s."month_name", s."day_of_month", s."day_of_week", s."day_name", s."iso_year", s."iso_week", s."is_weekend", s."fiscal_year", s."fiscal_quarter", s."is_holiday", s."holiday_name" FROM "_stage_dim_date" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date_key" = s."date_key");
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- watermark of dim_date
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-11 00:00:00'
-- $4 = '2'
-- watermark of dim_date (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-11 00:00:00'
-- $4 = '2'
-- record model dim_date
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model dim_date (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model run dim_date
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '2'
-- $2 = 'dim_date'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of dim_products
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_products'
-- columns of app.products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- primary key of app.products
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- versions of app.products
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- exists starling.shadow_app_products
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.products that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."products" WHERE "_loaded_at" >= '2026-03-10 08:00:00'::timestamp;
-- changed rows of app.products
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_products" AS s WHERE s._starling_to IS NULL AND s."sku" = c."sku" AND NOT (CASE WHEN (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."title" = c."title" OR (s."title" IS NULL AND c."title" IS NULL)) AND (s."price" = c."price" OR (s."price" IS NULL AND c."price" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.products
UPDATE "starling"."shadow_app_products" SET _starling_to = 2 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."sku" = "starling"."shadow_app_products"."sku");
-- new versions of app.products
INSERT INTO "starling"."shadow_app_products" SELECT c.*, CAST(2 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.products
SELECT count(*) FROM "app"."products";
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.products'
-- $2 = 'shadow_app_products'
-- $3 = '2'
-- $4 = '1'
-- $5 = '3'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'sku character varying;title character varying;price numeric;_loaded_at timestamp with time zone; key "sku"'
-- $8 = '2'
-- positions in app.products
SELECT model, seqs FROM "starling".positions WHERE input = $1;
-- $1 = 'app.products'
-- purge versions of app.products
DELETE FROM "starling"."shadow_app_products" WHERE _starling_to IS NOT NULL AND _starling_to <= 1;
COMMIT
-- positions of dim_products
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.products since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by dim_products
SELECT DISTINCT "sku" FROM (SELECT sku, title, price FROM (SELECT * FROM _starling_delta) AS "products"
WHERE _loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.products since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by dim_products
SELECT DISTINCT "sku" FROM (SELECT sku, title, price FROM (SELECT * FROM _starling_delta) AS "products"
WHERE _loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_products";
-- stage rows of dim_products
CREATE TEMP TABLE "_stage_dim_products" AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "products"
WHERE _loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src WHERE "sku" IN ('p1', 'p3');
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- update changed members of dim_products
UPDATE "warehouse"."dim_products" SET "title" = CASE WHEN "dim_products"."is_inferred" THEN s."title" ELSE "dim_products"."title" END, "price" = s."price", "is_inferred" = false FROM "_stage_dim_products" AS s WHERE "dim_products"."sku" = s."sku" AND ("dim_products"."is_inferred" OR CASE WHEN ("dim_products"."price" = s."price" OR ("dim_products"."price" IS NULL AND s."price" IS NULL)) THEN false ELSE true END);
-- insert new members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY s."sku"), s."sku", s."title", s."price", false FROM "_stage_dim_products" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku");
-- columns of warehouse.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- columns of warehouse.fct_product_days
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_product_days'
-- test unique product_sk
SELECT count(*) FROM (SELECT 1 FROM "warehouse"."dim_products" AS t WHERE t."product_sk" <> -1 AND NOT t."is_inferred" GROUP BY t."product_sk" HAVING count(*) > 1) AS d;
-- watermark of dim_products
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of dim_products (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- position of dim_products
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- position of dim_products
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2'
-- $4 = '2'
-- record model dim_products
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model dim_products (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model run dim_products
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '2'
-- $2 = 'dim_products'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '1'
-- $6 = '1'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- columns of warehouse.fct_customer_totals
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_customer_totals'
-- watermarks of fct_customer_totals
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- columns of app.orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- primary key of app.orders
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- versions of app.orders
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- exists starling.shadow_app_orders
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= '2026-03-10 08:00:00'::timestamp;
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."customer_id" = c."customer_id" OR (s."customer_id" IS NULL AND c."customer_id" IS NULL)) AND (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."amount" = c."amount" OR (s."amount" IS NULL AND c."amount" IS NULL)) AND (s."ordered_at" = c."ordered_at" OR (s."ordered_at" IS NULL AND c."ordered_at" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.orders
UPDATE "starling"."shadow_app_orders" SET _starling_to = 2 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_orders"."id");
-- new versions of app.orders
INSERT INTO "starling"."shadow_app_orders" SELECT c.*, CAST(2 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.orders
SELECT count(*) FROM "app"."orders";
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.orders'
-- $2 = 'shadow_app_orders'
-- $3 = '2'
-- $4 = '1'
-- $5 = '7'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'id bigint;customer_id bigint;sku character varying;amount numeric;ordered_at timestamp with time zone;_loaded_at timestamp with time zone; key "id"'
-- $8 = '2'
-- positions in app.orders
SELECT model, seqs FROM "starling".positions WHERE input = $1;
-- $1 = 'app.orders'
-- purge versions of app.orders
DELETE FROM "starling"."shadow_app_orders" WHERE _starling_to IS NOT NULL AND _starling_to <= 1;
COMMIT
-- positions of fct_customer_totals
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_customer_totals'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "orders"
GROUP BY 1
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_customer_totals" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_customer_totals" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- delete rows of fct_customer_totals
DELETE FROM "warehouse"."fct_customer_totals";
-- insert fct_customer_totals
INSERT INTO "warehouse"."fct_customer_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."orders" AS "orders", coalesce(s."amount", 0) AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_customer_totals" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" AND NOT r0."is_inferred";
-- watermark of fct_customer_totals
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of fct_customer_totals (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- position of fct_customer_totals
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- position of fct_customer_totals
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '2'
-- record model fct_customer_totals
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model fct_customer_totals (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model run fct_customer_totals
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '2'
-- $2 = 'fct_customer_totals'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '4'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- columns of warehouse.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- watermarks of fct_daily_customer
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- positions of fct_daily_customer
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_daily_customer'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- add column big_day to fct_daily_customer
ALTER TABLE "warehouse"."fct_daily_customer" ADD COLUMN IF NOT EXISTS "big_day" boolean;
-- forget watermarks of fct_daily_customer
DELETE FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- forget positions of fct_daily_customer
DELETE FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- forget built periods of fct_daily_customer
DELETE FROM "starling".built_periods WHERE model = $1 AND ($2::timestamp IS NULL OR period_end > $2::timestamp) AND ($3::timestamp IS NULL OR period_start < $3::timestamp);
-- $1 = 'fct_daily_customer'
-- $2 = NULL
-- $3 = NULL
-- record model fct_daily_customer
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), NULL WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
COMMIT
-- built periods of fct_daily_customer
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- position of fct_daily_customer
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '2'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE ordered_at >= '2026-03-01 00:00:00'::timestamp AND ordered_at < '2026-03-05 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-01 00:00:00'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-04 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '2'
-- $3 = '2026-03-01 00:00:00'
-- $4 = '2026-03-02 00:00:00'
-- $5 = '2026-03-02 00:00:00'
-- $6 = '2026-03-03 00:00:00'
-- $7 = '2026-03-03 00:00:00'
-- $8 = '2026-03-04 00:00:00'
-- $9 = '2026-03-04 00:00:00'
-- $10 = '2026-03-05 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE ordered_at >= '2026-03-05 00:00:00'::timestamp AND ordered_at < '2026-03-09 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-05 00:00:00'
-- $3 = '2026-03-06 00:00:00'
-- $4 = '2026-03-07 00:00:00'
-- $5 = '2026-03-08 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '2'
-- $3 = '2026-03-05 00:00:00'
-- $4 = '2026-03-06 00:00:00'
-- $5 = '2026-03-06 00:00:00'
-- $6 = '2026-03-07 00:00:00'
-- $7 = '2026-03-07 00:00:00'
-- $8 = '2026-03-08 00:00:00'
-- $9 = '2026-03-08 00:00:00'
-- $10 = '2026-03-09 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE ordered_at >= '2026-03-09 00:00:00'::timestamp AND ordered_at < '2026-03-12 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-09 00:00:00'
-- $3 = '2026-03-10 00:00:00'
-- $4 = '2026-03-11 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '2'
-- $3 = '2026-03-09 00:00:00'
-- $4 = '2026-03-10 00:00:00'
-- $5 = '2026-03-10 00:00:00'
-- $6 = '2026-03-11 00:00:00'
-- $7 = '2026-03-11 00:00:00'
-- $8 = '2026-03-12 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- new members to densify in fct_daily_customer
SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 100001;
-- $1 = '2026-03-01 00:00:00'
-- watermark of fct_daily_customer
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of fct_daily_customer
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- position of fct_daily_customer
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '2'
-- record model fct_daily_customer
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model run fct_daily_customer
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '2'
-- $2 = 'fct_daily_customer'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '46'
-- $6 = '0'
-- $7 = '27'
-- $8 = '11'
-- $9 = 'applied additive: new column big_day'
-- $10 = NULL
COMMIT
-- watermarks of fct_order_scan
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_order_scan'
-- positions of fct_order_scan
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_order_scan'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_order_scan
SELECT DISTINCT (id) FROM (SELECT * FROM (SELECT * FROM _starling_delta) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_order_scan
SELECT DISTINCT (id) FROM (SELECT * FROM (SELECT * FROM _starling_delta) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" AS SELECT * FROM (SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "orders" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src WHERE (id) IN ('10', '15', '16');
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete rows gone from the changed grains of fct_order_scan
DELETE FROM "warehouse"."fct_order_scan" WHERE "fct_order_scan"."order_id" IN ('10', '15', '16') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE x."order_id" = "fct_order_scan"."order_id");
-- update changed rows of fct_order_scan
UPDATE "warehouse"."fct_order_scan" SET "customer_sk" = x."customer_sk", "ordered_at" = x."ordered_at", "amount" = x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE "fct_order_scan"."order_id" = x."order_id" AND CASE WHEN ("fct_order_scan"."customer_sk" = x."customer_sk" OR ("fct_order_scan"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_order_scan"."ordered_at" = x."ordered_at" OR ("fct_order_scan"."ordered_at" IS NULL AND x."ordered_at" IS NULL)) AND ("fct_order_scan"."amount" = x."amount" OR ("fct_order_scan"."amount" IS NULL AND x."amount" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_order_scan
INSERT INTO "warehouse"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT x."customer_sk", x."order_id", x."ordered_at", x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_order_scan" AS f WHERE f."order_id" = x."order_id");
-- watermark of fct_order_scan
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of fct_order_scan (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- position of fct_order_scan
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- position of fct_order_scan
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '2'
-- record model fct_order_scan
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model fct_order_scan (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model run fct_order_scan
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '2'
-- $2 = 'fct_order_scan'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '2'
-- $6 = '1'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_orders
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_orders'
-- positions of fct_orders
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT (id) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT (id) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT (id) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT (id) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src WHERE (id) IN ('10', '11', '12', '13', '14', '15', '16');
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete rows gone from the changed grains of fct_orders
DELETE FROM "warehouse"."fct_orders" WHERE "fct_orders"."order_id" IN ('10', '11', '12', '13', '14', '15', '16') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE x."order_id" = "fct_orders"."order_id");
-- update changed rows of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_sk" = x."customer_sk", "product_sk" = x."product_sk", "amount" = x."amount", "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."product_sk" = x."product_sk" OR ("fct_orders"."product_sk" IS NULL AND x."product_sk" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_orders
INSERT INTO "warehouse"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT x."customer_sk", x."product_sk", x."order_id", x."amount", x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_orders" AS f WHERE f."order_id" = x."order_id");
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- refresh always-measures of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- test not_null order_id
SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of fct_orders (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- position of fct_orders
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- position of fct_orders
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '2'
-- record model fct_orders
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model fct_orders (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model run fct_orders
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '2'
-- $2 = 'fct_orders'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '2'
-- $6 = '2'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
-- positions of fct_product_days
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_product_days'
-- built periods of fct_product_days
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_product_days'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- late periods from app.orders
SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-10 08:00:00'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_product_days
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), "sku" FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT * FROM _starling_delta) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- $2 = '9999-12-31 23:59:59'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_product_days
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), "sku" FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT * FROM _starling_delta) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- $2 = '9999-12-31 23:59:59'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- position of fct_product_days
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '1,2'
-- $4 = '2'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "orders"
WHERE ordered_at >= '2026-03-02 00:00:00'::timestamp AND ordered_at < '2026-03-05 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP));
-- $1 = 'fct_product_days'
-- $2 = '2026-03-02 00:00:00'
-- $3 = '2026-03-03 00:00:00'
-- $4 = '2026-03-04 00:00:00'
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_product_days'
-- $2 = '2'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-03 00:00:00'
-- $6 = '2026-03-04 00:00:00'
-- $7 = '2026-03-04 00:00:00'
-- $8 = '2026-03-05 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "orders"
WHERE ordered_at >= '2026-03-07 00:00:00'::timestamp AND ordered_at < '2026-03-12 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP));
-- $1 = 'fct_product_days'
-- $2 = '2026-03-07 00:00:00'
-- $3 = '2026-03-08 00:00:00'
-- $4 = '2026-03-09 00:00:00'
-- $5 = '2026-03-10 00:00:00'
-- $6 = '2026-03-11 00:00:00'
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($11 AS TIMESTAMP), CAST($12 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_product_days'
-- $2 = '2'
-- $3 = '2026-03-07 00:00:00'
-- $4 = '2026-03-08 00:00:00'
-- $5 = '2026-03-08 00:00:00'
-- $6 = '2026-03-09 00:00:00'
-- $7 = '2026-03-09 00:00:00'
-- $8 = '2026-03-10 00:00:00'
-- $9 = '2026-03-10 00:00:00'
-- $10 = '2026-03-11 00:00:00'
-- $11 = '2026-03-11 00:00:00'
-- $12 = '2026-03-12 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermark of fct_product_days
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of fct_product_days (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- position of fct_product_days
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '2'
-- record model fct_product_days
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model run fct_product_days
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '2'
-- $2 = 'fct_product_days'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '7'
-- $6 = '0'
-- $7 = '5'
-- $8 = '8'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- finish run
UPDATE "starling".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '2'
-- $2 = 'success'
-- $3 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- give up run lock
DELETE FROM "starling".run_lock WHERE token = $1;
-- $1 = '<token>'
COMMIT

======== run 3: nothing new (now 2026-03-11 10:30:00 UTC) ========
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling".run_lock;
-- take run lock
DELETE FROM "starling".run_lock;
-- take run lock
INSERT INTO "starling".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
COMMIT
-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- start run
INSERT INTO "starling".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling".runs;
-- $1 = 'run'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- run id
SELECT max(run_id) FROM "starling".runs;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '3'
-- $2 = 'interrupted: it ended without recording how (found by run 3)'
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
COMMIT
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- columns of app.customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- primary key of app.customers
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- versions of app.customers
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- exists starling.shadow_app_customers
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.customers that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."customers" WHERE "_loaded_at" >= '2026-03-11 09:00:00'::timestamp;
-- changed rows of app.customers
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_customers" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."name" = c."name" OR (s."name" IS NULL AND c."name" IS NULL)) AND (s."tier" = c."tier" OR (s."tier" IS NULL AND c."tier" IS NULL)) AND (s."born" = c."born" OR (s."born" IS NULL AND c."born" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.customers
UPDATE "starling"."shadow_app_customers" SET _starling_to = 3 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_customers"."id");
-- new versions of app.customers
INSERT INTO "starling"."shadow_app_customers" SELECT c.*, CAST(3 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.customers
SELECT count(*) FROM "app"."customers";
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.customers'
-- $2 = 'shadow_app_customers'
-- $3 = '2'
-- $4 = '1'
-- $5 = '5'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'id bigint;name character varying;tier character varying;born date;_loaded_at timestamp with time zone; key "id"'
-- $8 = '3'
COMMIT
-- positions of dim_customers
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- upstream changes of dim_customers
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN (NULL) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'dim_customers'
-- watermark of dim_customers
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- watermark of dim_customers (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- position of dim_customers
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- position of dim_customers
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2'
-- $4 = '3'
-- record model dim_customers
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model dim_customers (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model run dim_customers
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '3'
-- $2 = 'dim_customers'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of dim_date
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_date'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- record model dim_date
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model dim_date (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model run dim_date
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '3'
-- $2 = 'dim_date'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of dim_products
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_products'
-- columns of app.products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- primary key of app.products
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- versions of app.products
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- exists starling.shadow_app_products
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.products that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."products" WHERE "_loaded_at" >= '2026-03-11 09:00:00'::timestamp;
-- changed rows of app.products
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_products" AS s WHERE s._starling_to IS NULL AND s."sku" = c."sku" AND NOT (CASE WHEN (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."title" = c."title" OR (s."title" IS NULL AND c."title" IS NULL)) AND (s."price" = c."price" OR (s."price" IS NULL AND c."price" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.products
UPDATE "starling"."shadow_app_products" SET _starling_to = 3 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."sku" = "starling"."shadow_app_products"."sku");
-- new versions of app.products
INSERT INTO "starling"."shadow_app_products" SELECT c.*, CAST(3 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.products
SELECT count(*) FROM "app"."products";
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.products'
-- $2 = 'shadow_app_products'
-- $3 = '2'
-- $4 = '1'
-- $5 = '3'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'sku character varying;title character varying;price numeric;_loaded_at timestamp with time zone; key "sku"'
-- $8 = '3'
COMMIT
-- positions of dim_products
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- upstream changes of dim_products
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN (NULL) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'dim_products'
-- watermark of dim_products
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- watermark of dim_products (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- position of dim_products
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- position of dim_products
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2'
-- $4 = '3'
-- record model dim_products
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model dim_products (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model run dim_products
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '3'
-- $2 = 'dim_products'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- columns of warehouse.fct_customer_totals
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_customer_totals'
-- watermarks of fct_customer_totals
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- columns of app.orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- primary key of app.orders
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- versions of app.orders
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- exists starling.shadow_app_orders
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= '2026-03-11 09:00:00'::timestamp;
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."customer_id" = c."customer_id" OR (s."customer_id" IS NULL AND c."customer_id" IS NULL)) AND (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."amount" = c."amount" OR (s."amount" IS NULL AND c."amount" IS NULL)) AND (s."ordered_at" = c."ordered_at" OR (s."ordered_at" IS NULL AND c."ordered_at" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.orders
UPDATE "starling"."shadow_app_orders" SET _starling_to = 3 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_orders"."id");
-- new versions of app.orders
INSERT INTO "starling"."shadow_app_orders" SELECT c.*, CAST(3 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.orders
SELECT count(*) FROM "app"."orders";
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.orders'
-- $2 = 'shadow_app_orders'
-- $3 = '2'
-- $4 = '1'
-- $5 = '7'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'id bigint;customer_id bigint;sku character varying;amount numeric;ordered_at timestamp with time zone;_loaded_at timestamp with time zone; key "id"'
-- $8 = '3'
COMMIT
-- positions of fct_customer_totals
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_customer_totals'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_customer_totals
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_customer_totals'
-- $2 = 'dim_customers'
-- watermark of fct_customer_totals
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- watermark of fct_customer_totals (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- position of fct_customer_totals
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- position of fct_customer_totals
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '3'
-- record model fct_customer_totals
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model fct_customer_totals (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model run fct_customer_totals
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '3'
-- $2 = 'fct_customer_totals'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- columns of warehouse.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- watermarks of fct_daily_customer
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- positions of fct_daily_customer
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- built periods of fct_daily_customer
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_daily_customer
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2, $3) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_daily_customer'
-- $2 = 'dim_customers'
-- $3 = 'dim_date'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermark of fct_daily_customer
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- position of fct_daily_customer
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '3'
-- record model fct_daily_customer
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model run fct_daily_customer
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '3'
-- $2 = 'fct_daily_customer'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_order_scan
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_order_scan'
-- positions of fct_order_scan
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_order_scan'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_order_scan
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_order_scan'
-- $2 = 'dim_customers'
-- watermark of fct_order_scan
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- watermark of fct_order_scan (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- position of fct_order_scan
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- position of fct_order_scan
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '3'
-- record model fct_order_scan
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model fct_order_scan (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model run fct_order_scan
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '3'
-- $2 = 'fct_order_scan'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_orders
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_orders'
-- positions of fct_orders
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_orders
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2, $3) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_orders'
-- $2 = 'dim_customers'
-- $3 = 'dim_products'
-- watermark of fct_orders
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- watermark of fct_orders (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- position of fct_orders
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- position of fct_orders
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '3'
-- record model fct_orders
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model fct_orders (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model run fct_orders
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '3'
-- $2 = 'fct_orders'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
-- positions of fct_product_days
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_product_days'
-- built periods of fct_product_days
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_product_days'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_product_days
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_product_days'
-- $2 = 'dim_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermark of fct_product_days
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- watermark of fct_product_days (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '3'
-- position of fct_product_days
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2'
-- $4 = '3'
-- record model fct_product_days
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model run fct_product_days
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '3'
-- $2 = 'fct_product_days'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- finish run
UPDATE "starling".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '3'
-- $2 = 'success'
-- $3 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- give up run lock
DELETE FROM "starling".run_lock WHERE token = $1;
-- $1 = '<token>'
COMMIT

======== run 4: days missed, an update (now 2026-03-14 10:00:00 UTC) ========
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling".run_lock;
-- take run lock
DELETE FROM "starling".run_lock;
-- take run lock
INSERT INTO "starling".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
COMMIT
-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- start run
INSERT INTO "starling".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling".runs;
-- $1 = 'run'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- run id
SELECT max(run_id) FROM "starling".runs;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '4'
-- $2 = 'interrupted: it ended without recording how (found by run 4)'
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
COMMIT
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- columns of app.customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- primary key of app.customers
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- versions of app.customers
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- exists starling.shadow_app_customers
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.customers that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."customers" WHERE "_loaded_at" >= '2026-03-11 09:00:00'::timestamp;
-- changed rows of app.customers
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_customers" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."name" = c."name" OR (s."name" IS NULL AND c."name" IS NULL)) AND (s."tier" = c."tier" OR (s."tier" IS NULL AND c."tier" IS NULL)) AND (s."born" = c."born" OR (s."born" IS NULL AND c."born" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.customers
UPDATE "starling"."shadow_app_customers" SET _starling_to = 3 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_customers"."id");
-- new versions of app.customers
INSERT INTO "starling"."shadow_app_customers" SELECT c.*, CAST(3 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.customers
SELECT count(*) FROM "app"."customers";
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.customers'
-- $2 = 'shadow_app_customers'
-- $3 = '2'
-- $4 = '1'
-- $5 = '5'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'id bigint;name character varying;tier character varying;born date;_loaded_at timestamp with time zone; key "id"'
-- $8 = '4'
COMMIT
-- positions of dim_customers
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- upstream changes of dim_customers
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN (NULL) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'dim_customers'
-- watermark of dim_customers
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '4'
-- watermark of dim_customers (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '4'
-- position of dim_customers
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- position of dim_customers
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2'
-- $4 = '4'
-- record model dim_customers
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model dim_customers (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model run dim_customers
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '4'
-- $2 = 'dim_customers'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of dim_date
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_date'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- stage date rows of dim_date
CREATE TEMP TABLE "_stage_dim_date" (LIKE "warehouse"."dim_date");
-- stage date rows of dim_date
INSERT INTO "_stage_dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES (CAST('20260201' AS INTEGER), CAST('2026-02-01' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('1' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('5' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260202' AS INTEGER), CAST('2026-02-02' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('2' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260203' AS INTEGER), CAST('2026-02-03' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('3' AS INTEGER), CAST('2' AS INTEGER), CAST('Tuesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260204' AS INTEGER), CAST('2026-02-04' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('4' AS INTEGER), CAST('3' AS INTEGER), CAST('Wednesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260205' AS INTEGER), CAST('2026-02-05' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('5' AS INTEGER), CAST('4' AS INTEGER), CAST('Thursday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260206' AS INTEGER), CAST('2026-02-06' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('6' AS INTEGER), CAST('5' AS INTEGER), CAST('Friday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260207' AS INTEGER), CAST('2026-02-07' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('7' AS INTEGER), CAST('6' AS INTEGER), CAST('Saturday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260208' AS INTEGER), CAST('2026-02-08' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('8' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260209' AS INTEGER), CAST('2026-02-09' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('9' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('7' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260210' AS INTEGER), CAST('2026-02-10' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('10' AS INTEGER), CAST('2' AS INTEGER … (31324 more characters);
-- update date rows of dim_date
UPDATE "warehouse"."dim_date" SET "date" = s."date", "year" = s."year", "quarter" = s."quarter", "month" = s."month", "month_name" = s."month_name", "day_of_month" = s."day_of_month", "day_of_week" = s."day_of_week", "day_name" = s."day_name", "iso_year" = s."iso_year", "iso_week" = s."iso_week", "is_weekend" = s."is_weekend", "fiscal_year" = s."fiscal_year", "fiscal_quarter" = s."fiscal_quarter", "is_holiday" = s."is_holiday", "holiday_name" = s."holiday_name" FROM "_stage_dim_date" AS s WHERE "dim_date"."date_key" = s."date_key" AND CASE WHEN ("dim_date"."date" = s."date" OR ("dim_date"."date" IS NULL AND s."date" IS NULL)) AND ("dim_date"."year" = s."year" OR ("dim_date"."year" IS NULL AND s."year" IS NULL)) AND ("dim_date"."quarter" = s."quarter" OR ("dim_date"."quarter" IS NULL AND s."quarter" IS NULL)) AND ("dim_date"."month" = s."month" OR ("dim_date"."month" IS NULL AND s."month" IS NULL)) AND ("dim_date"."month_name" = s."month_name" OR ("dim_date"."month_name" IS NULL AND s."month_name" IS NULL)) AND ("dim_date"."day_of_month" = s."day_of_month" OR ("dim_date"."day_of_month" IS NULL AND s."day_of_month" IS NULL)) AND ("dim_date"."day_of_week" = s."day_of_week" OR ("dim_date"."day_of_week" IS NULL AND s."day_of_week" IS NULL)) AND ("dim_date"."day_name" = s."day_name" OR ("dim_date"."day_name" IS NULL AND s."day_name" IS NULL)) AND ("dim_date"."iso_year" = s."iso_year" OR ("dim_date"."iso_year" IS NULL AND s."iso_year" IS NULL)) AND ("dim_date"."iso_week" = s."iso_week" OR ("dim_date"."iso_week" IS NULL AND s."iso_week" IS NULL)) AND ("dim_date"."is_weekend" = s."is_weekend" OR ("dim_date"."is_weekend" IS NULL AND s."is_weekend" IS NULL)) AND ("dim_date"."fiscal_year" = s."fiscal_year" OR ("dim_date"."fiscal_year" IS NULL AND s."fiscal_year" IS NULL)) AND ("dim_date"."fiscal_quarter" = s."fiscal_quarter" OR ("dim_date"."fiscal_quarter" IS NULL AND s."fiscal_quarter" IS NULL)) AND ("dim_date"."is_holiday" = s."is_holiday" OR ("dim_date"."is_holiday" IS NULL AND s."is_holiday" IS NULL)) AND ("dim_date"."holiday_name" = s."holiday_name" OR ("dim_date"."holiday_name" IS NULL AND s."holiday_name" IS NULL)) THEN false ELSE true END;
-- insert date rows of dim_date
INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") SELECT s."date_key", s."date", s."year", s."quarter", s."month", s."month_name", s."day_of_month", s."day_of_week", s."day_name", s."iso_year", s."iso_week", s."is_weekend", s."fiscal_year", s."fiscal_quarter", s."is_holiday", s."holiday_name" FROM "_stage_dim_date" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date_key" = s."date_key");
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- watermark of dim_date
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '4'
-- watermark of dim_date (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '4'
-- record model dim_date
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model dim_date (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model run dim_date
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '4'
-- $2 = 'dim_date'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of dim_products
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_products'
-- columns of app.products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- primary key of app.products
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- versions of app.products
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- exists starling.shadow_app_products
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.products that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."products" WHERE "_loaded_at" >= '2026-03-11 09:00:00'::timestamp;
-- changed rows of app.products
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_products" AS s WHERE s._starling_to IS NULL AND s."sku" = c."sku" AND NOT (CASE WHEN (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."title" = c."title" OR (s."title" IS NULL AND c."title" IS NULL)) AND (s."price" = c."price" OR (s."price" IS NULL AND c."price" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.products
UPDATE "starling"."shadow_app_products" SET _starling_to = 3 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."sku" = "starling"."shadow_app_products"."sku");
-- new versions of app.products
INSERT INTO "starling"."shadow_app_products" SELECT c.*, CAST(3 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.products
SELECT count(*) FROM "app"."products";
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.products'
-- $2 = 'shadow_app_products'
-- $3 = '2'
-- $4 = '1'
-- $5 = '3'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'sku character varying;title character varying;price numeric;_loaded_at timestamp with time zone; key "sku"'
-- $8 = '4'
COMMIT
-- positions of dim_products
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'dim_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- upstream changes of dim_products
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN (NULL) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'dim_products'
-- watermark of dim_products
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '4'
-- watermark of dim_products (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '4'
-- position of dim_products
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- position of dim_products
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2'
-- $4 = '4'
-- record model dim_products
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model dim_products (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model run dim_products
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '4'
-- $2 = 'dim_products'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '0'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- columns of warehouse.fct_customer_totals
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_customer_totals'
-- watermarks of fct_customer_totals
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- columns of app.orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- primary key of app.orders
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- versions of app.orders
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- exists starling.shadow_app_orders
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= '2026-03-11 09:00:00'::timestamp;
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."customer_id" = c."customer_id" OR (s."customer_id" IS NULL AND c."customer_id" IS NULL)) AND (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."amount" = c."amount" OR (s."amount" IS NULL AND c."amount" IS NULL)) AND (s."ordered_at" = c."ordered_at" OR (s."ordered_at" IS NULL AND c."ordered_at" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.orders
UPDATE "starling"."shadow_app_orders" SET _starling_to = 3 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_orders"."id");
-- new versions of app.orders
INSERT INTO "starling"."shadow_app_orders" SELECT c.*, CAST(3 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.orders
SELECT count(*) FROM "app"."orders";
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.orders'
-- $2 = 'shadow_app_orders'
-- $3 = '3'
-- $4 = '1'
-- $5 = '8'
-- $6 = '2026-03-14 10:00:00.000000'
-- $7 = 'id bigint;customer_id bigint;sku character varying;amount numeric;ordered_at timestamp with time zone;_loaded_at timestamp with time zone; key "id"'
-- $8 = '4'
-- positions in app.orders
SELECT model, seqs FROM "starling".positions WHERE input = $1;
-- $1 = 'app.orders'
-- purge versions of app.orders
DELETE FROM "starling"."shadow_app_orders" WHERE _starling_to IS NOT NULL AND _starling_to <= 2;
COMMIT
-- positions of fct_customer_totals
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_customer_totals'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
GROUP BY 1
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_customer_totals" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_customer_totals" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- delete rows of fct_customer_totals
DELETE FROM "warehouse"."fct_customer_totals";
-- insert fct_customer_totals
INSERT INTO "warehouse"."fct_customer_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."orders" AS "orders", coalesce(s."amount", 0) AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_customer_totals" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" AND NOT r0."is_inferred";
-- watermark of fct_customer_totals
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- watermark of fct_customer_totals (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- position of fct_customer_totals
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- position of fct_customer_totals
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '4'
-- record model fct_customer_totals
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model fct_customer_totals (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model run fct_customer_totals
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '4'
-- $2 = 'fct_customer_totals'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '5'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- columns of warehouse.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- watermarks of fct_daily_customer
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- positions of fct_daily_customer
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- built periods of fct_daily_customer
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- changed grains from app.orders
SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS'), "customer_id" FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2026-03-11 09:00:00'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_daily_customer
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), "customer_id" FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- $2 = '9999-12-31 23:59:59'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_daily_customer
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), "customer_id" FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- $2 = '9999-12-31 23:59:59'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_daily_customer
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), "customer_id" FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- $2 = '9999-12-31 23:59:59'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_daily_customer
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), "customer_id" FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- $2 = '9999-12-31 23:59:59'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- position of fct_daily_customer
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2,3'
-- $4 = '4'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '2026-03-12 00:00:00'::timestamp AND ordered_at < '2026-03-15 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-12 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-12 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-12 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-12 00:00:00'
-- $3 = '2026-03-13 00:00:00'
-- $4 = '2026-03-14 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '4'
-- $3 = '2026-03-12 00:00:00'
-- $4 = '2026-03-13 00:00:00'
-- $5 = '2026-03-13 00:00:00'
-- $6 = '2026-03-14 00:00:00'
-- $7 = '2026-03-14 00:00:00'
-- $8 = '2026-03-15 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '2026-03-02 00:00:00'::timestamp AND ordered_at < '2026-03-05 00:00:00'::timestamp
GROUP BY 1, 2
) AS src WHERE (date_trunc('day', "day"), "customer_id") IN (('2026-03-02 00:00:00', '1'), ('2026-03-03 00:00:00', '2'), ('2026-03-04 00:00:00', '2'));
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete rows gone from the changed grains of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "fct_daily_customer"."day" >= $1::timestamp AND "fct_daily_customer"."day" < $2::timestamp AND ((date_trunc('day', "fct_daily_customer"."day") = '2026-03-02 00:00:00' AND "fct_daily_customer"."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('1'))) OR (date_trunc('day', "fct_daily_customer"."day") = '2026-03-03 00:00:00' AND "fct_daily_customer"."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('2'))) OR (date_trunc('day', "fct_daily_customer"."day") = '2026-03-04 00:00:00' AND "fct_daily_customer"."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('2')))) AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE x."customer_sk" = "fct_daily_customer"."customer_sk" AND x."date_key" = "fct_daily_customer"."date_key");
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- update changed rows of fct_daily_customer
UPDATE "warehouse"."fct_daily_customer" SET "big_day" = x."big_day", "day" = x."day", "amount" = x."amount", "orders" = x."orders", "customer_orders" = x."customer_orders", "date_key_unresolved" = x."date_key_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE "fct_daily_customer"."customer_sk" = x."customer_sk" AND "fct_daily_customer"."date_key" = x."date_key" AND CASE WHEN ("fct_daily_customer"."big_day" = x."big_day" OR ("fct_daily_customer"."big_day" IS NULL AND x."big_day" IS NULL)) AND ("fct_daily_customer"."day" = x."day" OR ("fct_daily_customer"."day" IS NULL AND x."day" IS NULL)) AND ("fct_daily_customer"."amount" = x."amount" OR ("fct_daily_customer"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_daily_customer"."orders" = x."orders" OR ("fct_daily_customer"."orders" IS NULL AND x."orders" IS NULL)) AND ("fct_daily_customer"."customer_orders" = x."customer_orders" OR ("fct_daily_customer"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) AND ("fct_daily_customer"."date_key_unresolved" = x."date_key_unresolved" OR ("fct_daily_customer"."date_key_unresolved" IS NULL AND x."date_key_unresolved" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT x."customer_sk", x."date_key", x."big_day", x."day", x."amount", x."orders", x."customer_orders", x."date_key_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = x."customer_sk" AND f."date_key" = x."date_key");
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND d."customer_id" IN ('1', '2', '2')) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '2026-03-07 00:00:00'::timestamp AND ordered_at < '2026-03-10 00:00:00'::timestamp
GROUP BY 1, 2
) AS src WHERE (date_trunc('day', "day"), "customer_id") IN (('2026-03-07 00:00:00', '1'), ('2026-03-08 00:00:00', '99'), ('2026-03-09 00:00:00', '3'));
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-10 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete rows gone from the changed grains of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "fct_daily_customer"."day" >= $1::timestamp AND "fct_daily_customer"."day" < $2::timestamp AND ((date_trunc('day', "fct_daily_customer"."day") = '2026-03-07 00:00:00' AND "fct_daily_customer"."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('1'))) OR (date_trunc('day', "fct_daily_customer"."day") = '2026-03-08 00:00:00' AND "fct_daily_customer"."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('99'))) OR (date_trunc('day', "fct_daily_customer"."day") = '2026-03-09 00:00:00' AND "fct_daily_customer"."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('3')))) AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE x."customer_sk" = "fct_daily_customer"."customer_sk" AND x."date_key" = "fct_daily_customer"."date_key");
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-10 00:00:00'
-- update changed rows of fct_daily_customer
UPDATE "warehouse"."fct_daily_customer" SET "big_day" = x."big_day", "day" = x."day", "amount" = x."amount", "orders" = x."orders", "customer_orders" = x."customer_orders", "date_key_unresolved" = x."date_key_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE "fct_daily_customer"."customer_sk" = x."customer_sk" AND "fct_daily_customer"."date_key" = x."date_key" AND CASE WHEN ("fct_daily_customer"."big_day" = x."big_day" OR ("fct_daily_customer"."big_day" IS NULL AND x."big_day" IS NULL)) AND ("fct_daily_customer"."day" = x."day" OR ("fct_daily_customer"."day" IS NULL AND x."day" IS NULL)) AND ("fct_daily_customer"."amount" = x."amount" OR ("fct_daily_customer"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_daily_customer"."orders" = x."orders" OR ("fct_daily_customer"."orders" IS NULL AND x."orders" IS NULL)) AND ("fct_daily_customer"."customer_orders" = x."customer_orders" OR ("fct_daily_customer"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) AND ("fct_daily_customer"."date_key_unresolved" = x."date_key_unresolved" OR ("fct_daily_customer"."date_key_unresolved" IS NULL AND x."date_key_unresolved" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT x."customer_sk", x."date_key", x."big_day", x."day", x."amount", x."orders", x."customer_orders", x."date_key_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = x."customer_sk" AND f."date_key" = x."date_key");
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND d."customer_id" IN ('1', '99', '3')) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-10 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '2026-03-11 00:00:00'::timestamp AND ordered_at < '2026-03-12 00:00:00'::timestamp
GROUP BY 1, 2
) AS src WHERE (date_trunc('day', "day"), "customer_id") IN (('2026-03-11 00:00:00', '4'));
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete rows gone from the changed grains of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "fct_daily_customer"."day" >= $1::timestamp AND "fct_daily_customer"."day" < $2::timestamp AND ((date_trunc('day', "fct_daily_customer"."day") = '2026-03-11 00:00:00' AND "fct_daily_customer"."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('4')))) AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE x."customer_sk" = "fct_daily_customer"."customer_sk" AND x."date_key" = "fct_daily_customer"."date_key");
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- update changed rows of fct_daily_customer
UPDATE "warehouse"."fct_daily_customer" SET "big_day" = x."big_day", "day" = x."day", "amount" = x."amount", "orders" = x."orders", "customer_orders" = x."customer_orders", "date_key_unresolved" = x."date_key_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE "fct_daily_customer"."customer_sk" = x."customer_sk" AND "fct_daily_customer"."date_key" = x."date_key" AND CASE WHEN ("fct_daily_customer"."big_day" = x."big_day" OR ("fct_daily_customer"."big_day" IS NULL AND x."big_day" IS NULL)) AND ("fct_daily_customer"."day" = x."day" OR ("fct_daily_customer"."day" IS NULL AND x."day" IS NULL)) AND ("fct_daily_customer"."amount" = x."amount" OR ("fct_daily_customer"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_daily_customer"."orders" = x."orders" OR ("fct_daily_customer"."orders" IS NULL AND x."orders" IS NULL)) AND ("fct_daily_customer"."customer_orders" = x."customer_orders" OR ("fct_daily_customer"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) AND ("fct_daily_customer"."date_key_unresolved" = x."date_key_unresolved" OR ("fct_daily_customer"."date_key_unresolved" IS NULL AND x."date_key_unresolved" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT x."customer_sk", x."date_key", x."big_day", x."day", x."amount", x."orders", x."customer_orders", x."date_key_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = x."customer_sk" AND f."date_key" = x."date_key");
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND d."customer_id" IN ('4')) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-12 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- changed grains from app.orders
SELECT DISTINCT "customer_id" FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2026-03-11 09:00:00'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '0001-01-01 00:00:00'::timestamp AND ordered_at < '9999-12-31 23:59:59'::timestamp
GROUP BY 1, 2
) AS src WHERE "customer_id" IN ('1', '2', '3', '4');
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- refresh always-measures of fct_daily_customer
UPDATE "warehouse"."fct_daily_customer" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x WHERE "fct_daily_customer"."customer_sk" = x."customer_sk" AND "fct_daily_customer"."date_key" = x."date_key" AND CASE WHEN ("fct_daily_customer"."customer_orders" = x."customer_orders" OR ("fct_daily_customer"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- members dim_customers wrote since
SELECT DISTINCT (id) FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src ORDER BY 1 LIMIT 100001;
-- $1 = '2026-03-11 09:00:00'
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND d."customer_id" IN ('2', '4', '99')) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d + 10 * d1.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0 CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d1) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- watermark of fct_daily_customer
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '4'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '4'
-- watermark of fct_daily_customer
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- position of fct_daily_customer
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '4'
-- record model fct_daily_customer
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model run fct_daily_customer
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '4'
-- $2 = 'fct_daily_customer'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '15'
-- $6 = '2'
-- $7 = '0'
-- $8 = '3'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_order_scan
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_order_scan'
-- positions of fct_order_scan
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_order_scan'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_order_scan
SELECT DISTINCT (id) FROM (SELECT * FROM (SELECT * FROM _starling_delta) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_order_scan
SELECT DISTINCT (id) FROM (SELECT * FROM (SELECT * FROM _starling_delta) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" AS SELECT * FROM (SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src WHERE (id) IN ('11', '17');
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete rows gone from the changed grains of fct_order_scan
DELETE FROM "warehouse"."fct_order_scan" WHERE "fct_order_scan"."order_id" IN ('11', '17') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE x."order_id" = "fct_order_scan"."order_id");
-- update changed rows of fct_order_scan
UPDATE "warehouse"."fct_order_scan" SET "customer_sk" = x."customer_sk", "ordered_at" = x."ordered_at", "amount" = x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE "fct_order_scan"."order_id" = x."order_id" AND CASE WHEN ("fct_order_scan"."customer_sk" = x."customer_sk" OR ("fct_order_scan"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_order_scan"."ordered_at" = x."ordered_at" OR ("fct_order_scan"."ordered_at" IS NULL AND x."ordered_at" IS NULL)) AND ("fct_order_scan"."amount" = x."amount" OR ("fct_order_scan"."amount" IS NULL AND x."amount" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_order_scan
INSERT INTO "warehouse"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT x."customer_sk", x."order_id", x."ordered_at", x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_order_scan" AS f WHERE f."order_id" = x."order_id");
-- watermark of fct_order_scan
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- watermark of fct_order_scan (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- position of fct_order_scan
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- position of fct_order_scan
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '4'
-- record model fct_order_scan
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model fct_order_scan (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model run fct_order_scan
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '4'
-- $2 = 'fct_order_scan'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '1'
-- $6 = '1'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_orders
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_orders'
-- positions of fct_orders
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT (id) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT (id) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT (id) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT (id) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src WHERE (id) IN ('10', '11', '12', '13', '14', '15', '16', '17');
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete rows gone from the changed grains of fct_orders
DELETE FROM "warehouse"."fct_orders" WHERE "fct_orders"."order_id" IN ('10', '11', '12', '13', '14', '15', '16', '17') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE x."order_id" = "fct_orders"."order_id");
-- update changed rows of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_sk" = x."customer_sk", "product_sk" = x."product_sk", "amount" = x."amount", "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."product_sk" = x."product_sk" OR ("fct_orders"."product_sk" IS NULL AND x."product_sk" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_orders
INSERT INTO "warehouse"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT x."customer_sk", x."product_sk", x."order_id", x."amount", x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_orders" AS f WHERE f."order_id" = x."order_id");
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- refresh always-measures of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- test not_null order_id
SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- watermark of fct_orders (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- position of fct_orders
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- position of fct_orders
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '4'
-- record model fct_orders
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model fct_orders (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model run fct_orders
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '4'
-- $2 = 'fct_orders'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '1'
-- $6 = '2'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
-- positions of fct_product_days
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_product_days'
-- built periods of fct_product_days
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_product_days'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- late periods from app.orders
SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_product_days
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), "sku" FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT * FROM _starling_delta) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- $2 = '9999-12-31 23:59:59'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_product_days
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), "sku" FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT * FROM _starling_delta) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '0001-01-01 00:00:00'
-- $2 = '9999-12-31 23:59:59'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- position of fct_product_days
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2,3'
-- $4 = '4'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
WHERE ordered_at >= '2026-03-02 00:00:00'::timestamp AND ordered_at < '2026-03-05 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP));
-- $1 = 'fct_product_days'
-- $2 = '2026-03-02 00:00:00'
-- $3 = '2026-03-03 00:00:00'
-- $4 = '2026-03-04 00:00:00'
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_product_days'
-- $2 = '4'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-03 00:00:00'
-- $6 = '2026-03-04 00:00:00'
-- $7 = '2026-03-04 00:00:00'
-- $8 = '2026-03-05 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
WHERE ordered_at >= '2026-03-11 00:00:00'::timestamp AND ordered_at < '2026-03-15 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_product_days'
-- $2 = '2026-03-11 00:00:00'
-- $3 = '2026-03-12 00:00:00'
-- $4 = '2026-03-13 00:00:00'
-- $5 = '2026-03-14 00:00:00'
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_product_days'
-- $2 = '4'
-- $3 = '2026-03-11 00:00:00'
-- $4 = '2026-03-12 00:00:00'
-- $5 = '2026-03-12 00:00:00'
-- $6 = '2026-03-13 00:00:00'
-- $7 = '2026-03-13 00:00:00'
-- $8 = '2026-03-14 00:00:00'
-- $9 = '2026-03-14 00:00:00'
-- $10 = '2026-03-15 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermark of fct_product_days
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- watermark of fct_product_days (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '4'
-- position of fct_product_days
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '4'
-- record model fct_product_days
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model run fct_product_days
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '4'
-- $2 = 'fct_product_days'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '4'
-- $8 = '7'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- finish run
UPDATE "starling".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '4'
-- $2 = 'success'
-- $3 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- give up run lock
DELETE FROM "starling".run_lock WHERE token = $1;
-- $1 = '<token>'
COMMIT

======== restate fct_product_days 2026-03-05 .. 2026-03-07 (now 2026-03-14 11:00:00 UTC) ========
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling".run_lock;
-- take run lock
DELETE FROM "starling".run_lock;
-- take run lock
INSERT INTO "starling".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
COMMIT
-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- start run
INSERT INTO "starling".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling".runs;
-- $1 = 'restate'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = 'fct_product_days --from 2026-03-05 --to 2026-03-07'
-- run id
SELECT max(run_id) FROM "starling".runs;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '5'
-- $2 = 'interrupted: it ended without recording how (found by run 5)'
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
COMMIT
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- forget built periods of fct_product_days
DELETE FROM "starling".built_periods WHERE model = $1 AND ($2::timestamp IS NULL OR period_end > $2::timestamp) AND ($3::timestamp IS NULL OR period_start < $3::timestamp);
-- $1 = 'fct_product_days'
-- $2 = '2026-03-05 00:00:00'
-- $3 = '2026-03-08 00:00:00'
COMMIT
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
-- columns of app.orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- primary key of app.orders
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- versions of app.orders
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- exists starling.shadow_app_orders
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= '2026-03-14 09:00:00'::timestamp;
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."customer_id" = c."customer_id" OR (s."customer_id" IS NULL AND c."customer_id" IS NULL)) AND (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."amount" = c."amount" OR (s."amount" IS NULL AND c."amount" IS NULL)) AND (s."ordered_at" = c."ordered_at" OR (s."ordered_at" IS NULL AND c."ordered_at" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.orders
UPDATE "starling"."shadow_app_orders" SET _starling_to = 4 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_orders"."id");
-- new versions of app.orders
INSERT INTO "starling"."shadow_app_orders" SELECT c.*, CAST(4 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.orders
SELECT count(*) FROM "app"."orders";
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.orders'
-- $2 = 'shadow_app_orders'
-- $3 = '3'
-- $4 = '1'
-- $5 = '8'
-- $6 = '2026-03-14 10:00:00.000000'
-- $7 = 'id bigint;customer_id bigint;sku character varying;amount numeric;ordered_at timestamp with time zone;_loaded_at timestamp with time zone; key "id"'
-- $8 = '5'
COMMIT
-- positions of fct_product_days
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_product_days'
-- built periods of fct_product_days
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling".built_periods WHERE model = $1;
-- $1 = 'fct_product_days'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_product_days
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_product_days'
-- $2 = 'dim_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
WHERE ordered_at >= '2026-03-05 00:00:00'::timestamp AND ordered_at < '2026-03-08 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-08 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-08 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days (replaced)
DELETE FROM "starling".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP));
-- $1 = 'fct_product_days'
-- $2 = '2026-03-05 00:00:00'
-- $3 = '2026-03-06 00:00:00'
-- $4 = '2026-03-07 00:00:00'
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_product_days'
-- $2 = '5'
-- $3 = '2026-03-05 00:00:00'
-- $4 = '2026-03-06 00:00:00'
-- $5 = '2026-03-06 00:00:00'
-- $6 = '2026-03-07 00:00:00'
-- $7 = '2026-03-07 00:00:00'
-- $8 = '2026-03-08 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermark of fct_product_days
UPDATE "starling".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '5'
-- watermark of fct_product_days (new)
INSERT INTO "starling".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '5'
-- position of fct_product_days
DELETE FROM "starling".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '5'
-- record model fct_product_days
UPDATE "starling".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model run fct_product_days
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '5'
-- $2 = 'fct_product_days'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '1'
-- $6 = '0'
-- $7 = '1'
-- $8 = '3'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- finish run
UPDATE "starling".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '5'
-- $2 = 'success'
-- $3 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- give up run lock
DELETE FROM "starling".run_lock WHERE token = $1;
-- $1 = '<token>'
COMMIT

======== verify (now 2026-03-14 11:10:00 UTC) ========
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling".run_lock;
-- take run lock
DELETE FROM "starling".run_lock;
-- take run lock
INSERT INTO "starling".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop schema warehouse__verify
DROP SCHEMA IF EXISTS "warehouse__verify" CASCADE;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop schema starling__verify
DROP SCHEMA IF EXISTS "starling__verify" CASCADE;
COMMIT
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling__verify";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling__verify".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling__verify'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling__verify".run_lock;
-- take run lock
DELETE FROM "starling__verify".run_lock;
-- take run lock
INSERT INTO "starling__verify".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
COMMIT
-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling__verify'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling__verify";
-- meta_version
CREATE TABLE "starling__verify".meta_version (version INTEGER NOT NULL, upgraded_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE());
-- runs
CREATE TABLE "starling__verify".runs (
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
CREATE TABLE "starling__verify".model_runs (
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
CREATE TABLE "starling__verify".built_periods (
  model VARCHAR(1024) NOT NULL,
  period_start TIMESTAMP NOT NULL,
  period_end TIMESTAMP NOT NULL,
  built_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  row_count BIGINT,
  PRIMARY KEY (model, period_start)
);
-- watermarks
CREATE TABLE "starling__verify".watermarks (
  model VARCHAR(1024) NOT NULL,
  source VARCHAR(1024) NOT NULL,
  value TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  PRIMARY KEY (model, source)
);
-- models
CREATE TABLE "starling__verify".models (
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
CREATE TABLE "starling__verify".source_freshness (
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
CREATE TABLE "starling__verify".schema_migrations (
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
CREATE TABLE "starling__verify".repeatable_migrations (
  name VARCHAR(1024) NOT NULL,
  file VARCHAR(1024) NOT NULL,
  checksum VARCHAR(128) NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  execution_ms BIGINT,
  run_id BIGINT,
  PRIMARY KEY (name)
);
-- loads
CREATE TABLE "starling__verify".loads (
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
CREATE TABLE "starling__verify".rejected_rows (
  load_id BIGINT NOT NULL,
  line BIGINT NOT NULL,
  reason VARCHAR(65535) NOT NULL,
  raw VARCHAR(65535)
);
-- pipeline_health
CREATE VIEW "starling__verify".pipeline_health AS
WITH latest_check AS (
  SELECT source, table_name, checked_at, max_loaded_at, lag_seconds, warn_after_seconds,
         error_after_seconds, status, message
  FROM (SELECT f.*, row_number() OVER (PARTITION BY f.source, f.table_name
                                       ORDER BY f.checked_at DESC) AS n
        FROM "starling__verify".source_freshness f) x
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
  SELECT model FROM "starling__verify".models
  UNION
  SELECT model FROM "starling__verify".model_runs
), last_model_run AS (
  SELECT model, status, finished_at, error, message
  FROM (SELECT mr.*, row_number() OVER (PARTITION BY mr.model ORDER BY mr.run_id DESC) AS n
        FROM "starling__verify".model_runs mr
        WHERE mr.status <> 'running') x
  WHERE n = 1
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling__verify".model_runs
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
-- meta schema version
INSERT INTO "starling__verify".meta_version (version) VALUES ($1::integer);
-- $1 = '1'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- meta schema version
INSERT INTO "starling__verify".meta_version (version) VALUES ($1::integer);
-- $1 = '2'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- meta schema version
INSERT INTO "starling__verify".meta_version (version) VALUES ($1::integer);
-- $1 = '3'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- inputs
CREATE TABLE "starling__verify".inputs (
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
CREATE TABLE "starling__verify".positions (
  model VARCHAR(1024) NOT NULL,
  input VARCHAR(1024) NOT NULL,
  seqs VARCHAR(65535) NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  PRIMARY KEY (model, input)
);
-- meta schema version
INSERT INTO "starling__verify".meta_version (version) VALUES ($1::integer);
-- $1 = '4'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- start run
INSERT INTO "starling__verify".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling__verify".runs;
-- $1 = 'verify'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- run id
SELECT max(run_id) FROM "starling__verify".runs;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- close interrupted runs
UPDATE "starling__verify".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling__verify".runs r LEFT JOIN "starling__verify".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '1'
-- $2 = 'interrupted: it ended without recording how (found by run 1)'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- schema warehouse__verify
CREATE SCHEMA IF NOT EXISTS "warehouse__verify";
COMMIT
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse__verify'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse__verify'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling__verify".models;
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table dim_customers
CREATE TABLE "warehouse__verify"."dim_customers" (
  "customer_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "customer_id" bigint,
  "name" varchar(40),
  "tier_label" varchar(20),
  "born" date,
  "name_length" integer,
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("customer_sk")
);
-- unique key of dim_customers
CREATE UNIQUE INDEX "dim_customers_unique" ON "warehouse__verify"."dim_customers" ("customer_id");
-- unknown member of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::bigint, $3::varchar(40), $4::varchar(20), $5::date, $6::integer, $7::boolean) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = 'Unknown'
-- $5 = NULL
-- $6 = NULL
-- $7 = 'false'
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_customers";
-- stage rows of dim_customers
CREATE TEMP TABLE "_stage_dim_customers" AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born", (length(name)) AS "name_length" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- columns of warehouse.dim_customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- history of dim_customers against its sources
SELECT sum(CASE WHEN s."customer_id" IS NOT NULL THEN 0 ELSE 1 END), sum(CASE WHEN s."customer_id" IS NOT NULL AND CASE WHEN (l."born" = s."born" OR (l."born" IS NULL AND s."born" IS NULL)) THEN false ELSE true END THEN 1 ELSE 0 END) FROM "warehouse"."dim_customers" AS l LEFT JOIN "_stage_dim_customers" AS s ON l."customer_id" = s."customer_id" WHERE l."customer_sk" <> -1 AND NOT l."is_inferred";
-- carry the members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT l."customer_sk", l."customer_id", l."name", l."tier_label", l."born", l."name_length", l."is_inferred" FROM "warehouse"."dim_customers" AS l LEFT JOIN "_stage_dim_customers" AS s ON l."customer_id" = s."customer_id" WHERE l."customer_sk" <> -1;
-- update changed members of dim_customers
UPDATE "warehouse__verify"."dim_customers" SET "name" = s."name", "tier_label" = s."tier_label", "born" = CASE WHEN "dim_customers"."is_inferred" THEN s."born" ELSE "dim_customers"."born" END, "name_length" = s."name_length", "is_inferred" = false FROM "_stage_dim_customers" AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND ("dim_customers"."is_inferred" OR CASE WHEN ("dim_customers"."name" = s."name" OR ("dim_customers"."name" IS NULL AND s."name" IS NULL)) AND ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) AND ("dim_customers"."name_length" = s."name_length" OR ("dim_customers"."name_length" IS NULL AND s."name_length" IS NULL)) THEN false ELSE true END);
-- insert new members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__verify"."dim_customers") + row_number() OVER (ORDER BY s."customer_id"), s."customer_id", s."name", s."tier_label", s."born", s."name_length", false FROM "_stage_dim_customers" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id");
-- refresh always-columns of dim_customers
UPDATE "warehouse__verify"."dim_customers" SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND CASE WHEN ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END;
-- $1 = '0001-01-01 00:00:00'
-- columns of warehouse__verify.fct_customer_totals
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_customer_totals'
-- columns of warehouse__verify.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_daily_customer'
-- columns of warehouse__verify.fct_order_scan
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_order_scan'
-- columns of warehouse__verify.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_orders'
-- test not_null name
SELECT count(*) FROM "warehouse__verify"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" AND (t."name" IS NULL);
-- test unique customer_sk
SELECT count(*) FROM (SELECT 1 FROM "warehouse__verify"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" GROUP BY t."customer_sk" HAVING count(*) > 1) AS d;
-- watermark of dim_customers
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of dim_customers (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- record model dim_customers
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse__verify.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model dim_customers (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse__verify.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model run dim_customers
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_customers'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of dim_date
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'dim_date'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table dim_date
CREATE TABLE "warehouse__verify"."dim_date" (
  "date_key" integer NOT NULL,
  "date" date,
  "year" integer,
  "quarter" integer,
  "month" integer,
  "month_name" text,
  "day_of_month" integer,
  "day_of_week" integer,
  "day_name" text,
  "iso_year" integer,
  "iso_week" integer,
  "is_weekend" boolean,
  "fiscal_year" integer,
  "fiscal_quarter" integer,
  "is_holiday" boolean,
  "holiday_name" text,
  PRIMARY KEY ("date_key")
);
-- lookup key of dim_date
CREATE UNIQUE INDEX "dim_date_by_date" ON "warehouse__verify"."dim_date" ("date");
-- unknown member of dim_date
INSERT INTO "warehouse__verify"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") OVERRIDING SYSTEM VALUE VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = NULL
-- $5 = NULL
-- $6 = 'Unknown'
-- $7 = NULL
-- $8 = NULL
-- $9 = 'Unknown'
-- $10 = NULL
-- $11 = NULL
-- $12 = NULL
-- $13 = NULL
-- $14 = NULL
-- $15 = NULL
-- $16 = 'Unknown'
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- stage date rows of dim_date
CREATE TEMP TABLE "_stage_dim_date" (LIKE "warehouse__verify"."dim_date");
-- stage date rows of dim_date
INSERT INTO "_stage_dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES (CAST('20260201' AS INTEGER), CAST('2026-02-01' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('1' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('5' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260202' AS INTEGER), CAST('2026-02-02' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('2' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260203' AS INTEGER), CAST('2026-02-03' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('3' AS INTEGER), CAST('2' AS INTEGER), CAST('Tuesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260204' AS INTEGER), CAST('2026-02-04' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('4' AS INTEGER), CAST('3' AS INTEGER), CAST('Wednesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260205' AS INTEGER), CAST('2026-02-05' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('5' AS INTEGER), CAST('4' AS INTEGER), CAST('Thursday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260206' AS INTEGER), CAST('2026-02-06' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('6' AS INTEGER), CAST('5' AS INTEGER), CAST('Friday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260207' AS INTEGER), CAST('2026-02-07' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('7' AS INTEGER), CAST('6' AS INTEGER), CAST('Saturday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260208' AS INTEGER), CAST('2026-02-08' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('8' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260209' AS INTEGER), CAST('2026-02-09' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('9' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('7' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260210' AS INTEGER), CAST('2026-02-10' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('10' AS INTEGER), CAST('2' AS INTEGER … (31324 more characters);
-- update date rows of dim_date
UPDATE "warehouse__verify"."dim_date" SET "date" = s."date", "year" = s."year", "quarter" = s."quarter", "month" = s."month", "month_name" = s."month_name", "day_of_month" = s."day_of_month", "day_of_week" = s."day_of_week", "day_name" = s."day_name", "iso_year" = s."iso_year", "iso_week" = s."iso_week", "is_weekend" = s."is_weekend", "fiscal_year" = s."fiscal_year", "fiscal_quarter" = s."fiscal_quarter", "is_holiday" = s."is_holiday", "holiday_name" = s."holiday_name" FROM "_stage_dim_date" AS s WHERE "dim_date"."date_key" = s."date_key" AND CASE WHEN ("dim_date"."date" = s."date" OR ("dim_date"."date" IS NULL AND s."date" IS NULL)) AND ("dim_date"."year" = s."year" OR ("dim_date"."year" IS NULL AND s."year" IS NULL)) AND ("dim_date"."quarter" = s."quarter" OR ("dim_date"."quarter" IS NULL AND s."quarter" IS NULL)) AND ("dim_date"."month" = s."month" OR ("dim_date"."month" IS NULL AND s."month" IS NULL)) AND ("dim_date"."month_name" = s."month_name" OR ("dim_date"."month_name" IS NULL AND s."month_name" IS NULL)) AND ("dim_date"."day_of_month" = s."day_of_month" OR ("dim_date"."day_of_month" IS NULL AND s."day_of_month" IS NULL)) AND ("dim_date"."day_of_week" = s."day_of_week" OR ("dim_date"."day_of_week" IS NULL AND s."day_of_week" IS NULL)) AND ("dim_date"."day_name" = s."day_name" OR ("dim_date"."day_name" IS NULL AND s."day_name" IS NULL)) AND ("dim_date"."iso_year" = s."iso_year" OR ("dim_date"."iso_year" IS NULL AND s."iso_year" IS NULL)) AND ("dim_date"."iso_week" = s."iso_week" OR ("dim_date"."iso_week" IS NULL AND s."iso_week" IS NULL)) AND ("dim_date"."is_weekend" = s."is_weekend" OR ("dim_date"."is_weekend" IS NULL AND s."is_weekend" IS NULL)) AND ("dim_date"."fiscal_year" = s."fiscal_year" OR ("dim_date"."fiscal_year" IS NULL AND s."fiscal_year" IS NULL)) AND ("dim_date"."fiscal_quarter" = s."fiscal_quarter" OR ("dim_date"."fiscal_quarter" IS NULL AND s."fiscal_quarter" IS NULL)) AND ("dim_date"."is_holiday" = s."is_holiday" OR ("dim_date"."is_holiday" IS NULL AND s."is_holiday" IS NULL)) AND ("dim_date"."holiday_name" = s."holiday_name" OR ("dim_date"."holiday_name" IS NULL AND s."holiday_name" IS NULL)) THEN false ELSE true END;
-- insert date rows of dim_date
INSERT INTO "warehouse__verify"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") SELECT s."date_key", s."date", s."year", s."quarter", s."month", s."month_name", s."day_of_month", s."day_of_week", s."day_name", s."iso_year", s."iso_week", s."is_weekend", s."fiscal_year", s."fiscal_quarter", s."is_holiday", s."holiday_name" FROM "_stage_dim_date" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_date" AS d WHERE d."date_key" = s."date_key");
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- columns of warehouse__verify.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_daily_customer'
-- watermark of dim_date
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '1'
-- watermark of dim_date (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '1'
-- record model dim_date
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse__verify.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model dim_date (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse__verify.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model run dim_date
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_date'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '89'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of dim_products
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'dim_products'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table dim_products
CREATE TABLE "warehouse__verify"."dim_products" (
  "product_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "sku" varchar(10),
  "title" varchar(40),
  "price" numeric(10,2),
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("product_sk")
);
-- unique key of dim_products
CREATE UNIQUE INDEX "dim_products_unique" ON "warehouse__verify"."dim_products" ("sku");
-- unknown member of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::varchar(10), $3::varchar(40), $4::numeric(10,2), $5::boolean) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = NULL
-- $5 = 'false'
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_products";
-- stage rows of dim_products
CREATE TEMP TABLE "_stage_dim_products" AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM "app"."products"
WHERE _loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- columns of warehouse.dim_products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'dim_products'
-- history of dim_products against its sources
SELECT sum(CASE WHEN s."sku" IS NOT NULL THEN 0 ELSE 1 END), sum(CASE WHEN s."sku" IS NOT NULL AND CASE WHEN (l."title" = s."title" OR (l."title" IS NULL AND s."title" IS NULL)) THEN false ELSE true END THEN 1 ELSE 0 END) FROM "warehouse"."dim_products" AS l LEFT JOIN "_stage_dim_products" AS s ON l."sku" = s."sku" WHERE l."product_sk" <> -1 AND NOT l."is_inferred";
-- carry the members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT l."product_sk", l."sku", l."title", l."price", l."is_inferred" FROM "warehouse"."dim_products" AS l LEFT JOIN "_stage_dim_products" AS s ON l."sku" = s."sku" WHERE l."product_sk" <> -1;
-- update changed members of dim_products
UPDATE "warehouse__verify"."dim_products" SET "title" = CASE WHEN "dim_products"."is_inferred" THEN s."title" ELSE "dim_products"."title" END, "price" = s."price", "is_inferred" = false FROM "_stage_dim_products" AS s WHERE "dim_products"."sku" = s."sku" AND ("dim_products"."is_inferred" OR CASE WHEN ("dim_products"."price" = s."price" OR ("dim_products"."price" IS NULL AND s."price" IS NULL)) THEN false ELSE true END);
-- insert new members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse__verify"."dim_products") + row_number() OVER (ORDER BY s."sku"), s."sku", s."title", s."price", false FROM "_stage_dim_products" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_products" AS d WHERE d."sku" = s."sku");
-- columns of warehouse__verify.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_orders'
-- columns of warehouse__verify.fct_product_days
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_product_days'
-- test unique product_sk
SELECT count(*) FROM (SELECT 1 FROM "warehouse__verify"."dim_products" AS t WHERE t."product_sk" <> -1 AND NOT t."is_inferred" GROUP BY t."product_sk" HAVING count(*) > 1) AS d;
-- watermark of dim_products
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of dim_products (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- record model dim_products
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse__verify.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model dim_products (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse__verify.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model run dim_products
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_products'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '4'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_customer_totals
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'fct_customer_totals'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_customer_totals
CREATE TABLE "warehouse__verify"."fct_customer_totals" (
  "customer_sk" bigint NOT NULL,
  "orders" bigint,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" bigint
);
-- unique key of fct_customer_totals
CREATE UNIQUE INDEX "fct_customer_totals_unique" ON "warehouse__verify"."fct_customer_totals" ("customer_sk");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
FROM "app"."orders"
GROUP BY 1
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_customer_totals" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_customer_totals" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- delete rows of fct_customer_totals
DELETE FROM "warehouse__verify"."fct_customer_totals";
-- insert fct_customer_totals
INSERT INTO "warehouse__verify"."fct_customer_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."orders" AS "orders", coalesce(s."amount", 0) AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_customer_totals" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" AND NOT r0."is_inferred";
-- watermark of fct_customer_totals
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_customer_totals (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_customer_totals
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model fct_customer_totals (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model run fct_customer_totals
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_customer_totals'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_daily_customer
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_daily_customer
CREATE TABLE "warehouse__verify"."fct_daily_customer" (
  "customer_sk" bigint NOT NULL,
  "date_key" integer NOT NULL,
  "big_day" boolean,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "orders" integer NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0,
  "date_key_unresolved" date
);
-- unique key of fct_daily_customer
CREATE UNIQUE INDEX "fct_daily_customer_unique" ON "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key");
-- index of fct_daily_customer
CREATE INDEX "fct_daily_customer_by_day" ON "warehouse__verify"."fct_daily_customer" ("day");
-- record model fct_daily_customer
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), NULL WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
COMMIT
-- built periods of fct_daily_customer
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling__verify".built_periods WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= '2026-03-01 00:00:00'::timestamp AND ordered_at < '2026-03-05 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__verify"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__verify"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse__verify"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling__verify".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-01 00:00:00'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-04 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-01 00:00:00'
-- $4 = '2026-03-02 00:00:00'
-- $5 = '2026-03-02 00:00:00'
-- $6 = '2026-03-03 00:00:00'
-- $7 = '2026-03-03 00:00:00'
-- $8 = '2026-03-04 00:00:00'
-- $9 = '2026-03-04 00:00:00'
-- $10 = '2026-03-05 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= '2026-03-05 00:00:00'::timestamp AND ordered_at < '2026-03-09 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__verify"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__verify"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse__verify"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling__verify".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-05 00:00:00'
-- $3 = '2026-03-06 00:00:00'
-- $4 = '2026-03-07 00:00:00'
-- $5 = '2026-03-08 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-05 00:00:00'
-- $4 = '2026-03-06 00:00:00'
-- $5 = '2026-03-06 00:00:00'
-- $6 = '2026-03-07 00:00:00'
-- $7 = '2026-03-07 00:00:00'
-- $8 = '2026-03-08 00:00:00'
-- $9 = '2026-03-08 00:00:00'
-- $10 = '2026-03-09 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= '2026-03-09 00:00:00'::timestamp AND ordered_at < '2026-03-13 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__verify"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__verify"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse__verify"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling__verify".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-09 00:00:00'
-- $3 = '2026-03-10 00:00:00'
-- $4 = '2026-03-11 00:00:00'
-- $5 = '2026-03-12 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-09 00:00:00'
-- $4 = '2026-03-10 00:00:00'
-- $5 = '2026-03-10 00:00:00'
-- $6 = '2026-03-11 00:00:00'
-- $7 = '2026-03-11 00:00:00'
-- $8 = '2026-03-12 00:00:00'
-- $9 = '2026-03-12 00:00:00'
-- $10 = '2026-03-13 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= '2026-03-13 00:00:00'::timestamp AND ordered_at < '2026-03-15 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__verify"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__verify"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse__verify"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling__verify".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-13 00:00:00'
-- $3 = '2026-03-14 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-13 00:00:00'
-- $4 = '2026-03-14 00:00:00'
-- $5 = '2026-03-14 00:00:00'
-- $6 = '2026-03-15 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- new members to densify in fct_daily_customer
SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 100001;
-- $1 = '2026-03-01 00:00:00'
-- watermark of fct_daily_customer
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_daily_customer
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model run fct_daily_customer
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_daily_customer'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '61'
-- $6 = '0'
-- $7 = '0'
-- $8 = '14'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_order_scan
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'fct_order_scan'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_order_scan
CREATE TABLE "warehouse__verify"."fct_order_scan" (
  "customer_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "ordered_at" timestamptz,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- unique key of fct_order_scan
CREATE UNIQUE INDEX "fct_order_scan_unique" ON "warehouse__verify"."fct_order_scan" ("order_id");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" AS SELECT * FROM (SELECT * FROM "app"."orders" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__verify"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- update changed rows of fct_order_scan
UPDATE "warehouse__verify"."fct_order_scan" SET "customer_sk" = x."customer_sk", "ordered_at" = x."ordered_at", "amount" = x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE "fct_order_scan"."order_id" = x."order_id" AND CASE WHEN ("fct_order_scan"."customer_sk" = x."customer_sk" OR ("fct_order_scan"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_order_scan"."ordered_at" = x."ordered_at" OR ("fct_order_scan"."ordered_at" IS NULL AND x."ordered_at" IS NULL)) AND ("fct_order_scan"."amount" = x."amount" OR ("fct_order_scan"."amount" IS NULL AND x."amount" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_order_scan
INSERT INTO "warehouse__verify"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT x."customer_sk", x."order_id", x."ordered_at", x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_order_scan" AS f WHERE f."order_id" = x."order_id");
-- watermark of fct_order_scan
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_order_scan (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_order_scan
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model fct_order_scan (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model run fct_order_scan
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_order_scan'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '8'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_orders
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'fct_orders'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_orders
CREATE TABLE "warehouse__verify"."fct_orders" (
  "customer_sk" bigint NOT NULL,
  "product_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0
);
-- unique key of fct_orders
CREATE UNIQUE INDEX "fct_orders_unique" ON "warehouse__verify"."fct_orders" ("order_id");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__verify"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse__verify"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- update changed rows of fct_orders
UPDATE "warehouse__verify"."fct_orders" SET "customer_sk" = x."customer_sk", "product_sk" = x."product_sk", "amount" = x."amount", "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."product_sk" = x."product_sk" OR ("fct_orders"."product_sk" IS NULL AND x."product_sk" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_orders
INSERT INTO "warehouse__verify"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT x."customer_sk", x."product_sk", x."order_id", x."amount", x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_orders" AS f WHERE f."order_id" = x."order_id");
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__verify"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse__verify"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- refresh always-measures of fct_orders
UPDATE "warehouse__verify"."fct_orders" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- test not_null order_id
SELECT count(*) FROM "warehouse__verify"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_orders (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_orders
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model fct_orders (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model run fct_orders
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_orders'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '8'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
COMMIT
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- create table fct_product_days
CREATE TABLE "warehouse__verify"."fct_product_days" (
  "product_sk" bigint NOT NULL,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- unique key of fct_product_days
CREATE UNIQUE INDEX "fct_product_days_unique" ON "warehouse__verify"."fct_product_days" ("product_sk", "day");
-- index of fct_product_days
CREATE INDEX "fct_product_days_by_day" ON "warehouse__verify"."fct_product_days" ("day");
-- record model fct_product_days
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), NULL WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
COMMIT
-- built periods of fct_product_days
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling__verify".built_periods WHERE model = $1;
-- $1 = 'fct_product_days'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM "app"."orders"
WHERE ordered_at >= '2026-03-01 00:00:00'::timestamp AND ordered_at < '2026-03-15 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse__verify"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete periods of fct_product_days
DELETE FROM "warehouse__verify"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse__verify"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse__verify"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days (replaced)
DELETE FROM "starling__verify".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($11 AS TIMESTAMP), CAST($12 AS TIMESTAMP), CAST($13 AS TIMESTAMP), CAST($14 AS TIMESTAMP), CAST($15 AS TIMESTAMP));
-- $1 = 'fct_product_days'
-- $2 = '2026-03-01 00:00:00'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-04 00:00:00'
-- $6 = '2026-03-05 00:00:00'
-- $7 = '2026-03-06 00:00:00'
-- $8 = '2026-03-07 00:00:00'
-- $9 = '2026-03-08 00:00:00'
-- $10 = '2026-03-09 00:00:00'
-- $11 = '2026-03-10 00:00:00'
-- $12 = '2026-03-11 00:00:00'
-- $13 = '2026-03-12 00:00:00'
-- $14 = '2026-03-13 00:00:00'
-- $15 = '2026-03-14 00:00:00'
-- record built periods of fct_product_days
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($11 AS TIMESTAMP), CAST($12 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($13 AS TIMESTAMP), CAST($14 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($15 AS TIMESTAMP), CAST($16 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($17 AS TIMESTAMP), CAST($18 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($19 AS TIMESTAMP), CAST($20 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($21 AS TIMESTAMP), CAST($22 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($23 AS TIMESTAMP), CAST($24 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($25 AS TIMESTAMP), CAST($26 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($27 AS TIMESTAMP), CAST($28 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($29 AS TIMESTAMP), CAST($30 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_product_days'
-- $2 = '1'
-- $3 = '2026-03-01 00:00:00'
-- $4 = '2026-03-02 00:00:00'
-- $5 = '2026-03-02 00:00:00'
-- $6 = '2026-03-03 00:00:00'
-- $7 = '2026-03-03 00:00:00'
-- $8 = '2026-03-04 00:00:00'
-- $9 = '2026-03-04 00:00:00'
-- $10 = '2026-03-05 00:00:00'
-- $11 = '2026-03-05 00:00:00'
-- $12 = '2026-03-06 00:00:00'
-- $13 = '2026-03-06 00:00:00'
-- $14 = '2026-03-07 00:00:00'
-- $15 = '2026-03-07 00:00:00'
-- $16 = '2026-03-08 00:00:00'
-- $17 = '2026-03-08 00:00:00'
-- $18 = '2026-03-09 00:00:00'
-- $19 = '2026-03-09 00:00:00'
-- $20 = '2026-03-10 00:00:00'
-- $21 = '2026-03-10 00:00:00'
-- $22 = '2026-03-11 00:00:00'
-- $23 = '2026-03-11 00:00:00'
-- $24 = '2026-03-12 00:00:00'
-- $25 = '2026-03-12 00:00:00'
-- $26 = '2026-03-13 00:00:00'
-- $27 = '2026-03-13 00:00:00'
-- $28 = '2026-03-14 00:00:00'
-- $29 = '2026-03-14 00:00:00'
-- $30 = '2026-03-15 00:00:00'
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- watermark of fct_product_days
UPDATE "starling__verify".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_product_days (new)
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_product_days
UPDATE "starling__verify".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__verify".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse__verify.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model run fct_product_days
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_product_days'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '8'
-- $6 = '0'
-- $7 = '0'
-- $8 = '14'
-- $9 = NULL
-- $10 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- renew run lock
UPDATE "starling__verify".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- finish run
UPDATE "starling__verify".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '1'
-- $2 = 'success'
-- $3 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- run lock
LOCK "starling__verify".run_lock;
-- give up run lock
DELETE FROM "starling__verify".run_lock WHERE token = $1;
-- $1 = '<token>'
COMMIT
-- compare dim_customers
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."born", z."name_length", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."born", f."name_length", f."is_inferred" FROM "warehouse"."dim_customers" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."born", z."name_length", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."born", z."name_length", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."born", f."name_length", f."is_inferred" FROM "warehouse__verify"."dim_customers" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."born", z."name_length", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."born", z."name_length", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."born", f."name_length", f."is_inferred" FROM "warehouse__verify"."dim_customers" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."born", z."name_length", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."born", z."name_length", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."born", f."name_length", f."is_inferred" FROM "warehouse"."dim_customers" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."born", z."name_length", z."is_inferred") AS b) AS y);
-- compare dim_date
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS y);
-- compare dim_products
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."sku", z."title", z."price", z."is_inferred", count(*) AS "_n" FROM (SELECT f."sku", f."title", f."price", f."is_inferred" FROM "warehouse"."dim_products" AS f) AS z GROUP BY z."sku", z."title", z."price", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."sku", z."title", z."price", z."is_inferred", count(*) AS "_n" FROM (SELECT f."sku", f."title", f."price", f."is_inferred" FROM "warehouse__verify"."dim_products" AS f) AS z GROUP BY z."sku", z."title", z."price", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."sku", z."title", z."price", z."is_inferred", count(*) AS "_n" FROM (SELECT f."sku", f."title", f."price", f."is_inferred" FROM "warehouse__verify"."dim_products" AS f) AS z GROUP BY z."sku", z."title", z."price", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."sku", z."title", z."price", z."is_inferred", count(*) AS "_n" FROM (SELECT f."sku", f."title", f."price", f."is_inferred" FROM "warehouse"."dim_products" AS f) AS z GROUP BY z."sku", z."title", z."price", z."is_inferred") AS b) AS y);
-- compare fct_customer_totals
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_customer_totals" AS f LEFT JOIN "warehouse"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_customer_totals" AS f LEFT JOIN "warehouse__verify"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_customer_totals" AS f LEFT JOIN "warehouse__verify"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_customer_totals" AS f LEFT JOIN "warehouse"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS b) AS y);
-- compare fct_daily_customer
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."date_key", z."big_day", z."day", z."amount", z."orders", z."customer_orders", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."date_key", f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved" FROM "warehouse"."fct_daily_customer" AS f LEFT JOIN "warehouse"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."big_day", z."day", z."amount", z."orders", z."customer_orders", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."date_key", z."big_day", z."day", z."amount", z."orders", z."customer_orders", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."date_key", f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_customer" AS f LEFT JOIN "warehouse__verify"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."big_day", z."day", z."amount", z."orders", z."customer_orders", z."date_key_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."date_key", z."big_day", z."day", z."amount", z."orders", z."customer_orders", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."date_key", f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_customer" AS f LEFT JOIN "warehouse__verify"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."big_day", z."day", z."amount", z."orders", z."customer_orders", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."date_key", z."big_day", z."day", z."amount", z."orders", z."customer_orders", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."date_key", f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved" FROM "warehouse"."fct_daily_customer" AS f LEFT JOIN "warehouse"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."big_day", z."day", z."amount", z."orders", z."customer_orders", z."date_key_unresolved") AS b) AS y);
-- compare fct_order_scan
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount" FROM "warehouse"."fct_order_scan" AS f LEFT JOIN "warehouse"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount" FROM "warehouse__verify"."fct_order_scan" AS f LEFT JOIN "warehouse__verify"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount" FROM "warehouse__verify"."fct_order_scan" AS f LEFT JOIN "warehouse__verify"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount" FROM "warehouse"."fct_order_scan" AS f LEFT JOIN "warehouse"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount") AS b) AS y);
-- compare fct_orders
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."product_sk", z."order_id", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", d1."sku" AS "product_sk", f."order_id", f."amount", f."customer_orders" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk" LEFT JOIN "warehouse"."dim_products" AS d1 ON d1."product_sk" = f."product_sk") AS z GROUP BY z."customer_sk", z."product_sk", z."order_id", z."amount", z."customer_orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."product_sk", z."order_id", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", d1."sku" AS "product_sk", f."order_id", f."amount", f."customer_orders" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk" LEFT JOIN "warehouse__verify"."dim_products" AS d1 ON d1."product_sk" = f."product_sk") AS z GROUP BY z."customer_sk", z."product_sk", z."order_id", z."amount", z."customer_orders") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."product_sk", z."order_id", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", d1."sku" AS "product_sk", f."order_id", f."amount", f."customer_orders" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk" LEFT JOIN "warehouse__verify"."dim_products" AS d1 ON d1."product_sk" = f."product_sk") AS z GROUP BY z."customer_sk", z."product_sk", z."order_id", z."amount", z."customer_orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."product_sk", z."order_id", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", d1."sku" AS "product_sk", f."order_id", f."amount", f."customer_orders" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customers" AS d0 ON d0."customer_sk" = f."customer_sk" LEFT JOIN "warehouse"."dim_products" AS d1 ON d1."product_sk" = f."product_sk") AS z GROUP BY z."customer_sk", z."product_sk", z."order_id", z."amount", z."customer_orders") AS b) AS y);
-- compare fct_product_days
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."product_sk", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."sku" AS "product_sk", f."day", f."amount" FROM "warehouse"."fct_product_days" AS f LEFT JOIN "warehouse"."dim_products" AS d0 ON d0."product_sk" = f."product_sk") AS z GROUP BY z."product_sk", z."day", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."product_sk", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."sku" AS "product_sk", f."day", f."amount" FROM "warehouse__verify"."fct_product_days" AS f LEFT JOIN "warehouse__verify"."dim_products" AS d0 ON d0."product_sk" = f."product_sk") AS z GROUP BY z."product_sk", z."day", z."amount") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."product_sk", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."sku" AS "product_sk", f."day", f."amount" FROM "warehouse__verify"."fct_product_days" AS f LEFT JOIN "warehouse__verify"."dim_products" AS d0 ON d0."product_sk" = f."product_sk") AS z GROUP BY z."product_sk", z."day", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."product_sk", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."sku" AS "product_sk", f."day", f."amount" FROM "warehouse"."fct_product_days" AS f LEFT JOIN "warehouse"."dim_products" AS d0 ON d0."product_sk" = f."product_sk") AS z GROUP BY z."product_sk", z."day", z."amount") AS b) AS y);
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop schema warehouse__verify
DROP SCHEMA IF EXISTS "warehouse__verify" CASCADE;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop schema starling__verify
DROP SCHEMA IF EXISTS "starling__verify" CASCADE;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- give up run lock
DELETE FROM "starling".run_lock WHERE token = $1;
-- $1 = '<token>'
COMMIT

======== rebuild --all (now 2026-03-14 11:20:00 UTC) ========
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling".run_lock;
-- take run lock
DELETE FROM "starling".run_lock;
-- take run lock
INSERT INTO "starling".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
COMMIT
-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- start run
INSERT INTO "starling".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling".runs;
-- $1 = 'rebuild'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = '--all'
-- run id
SELECT max(run_id) FROM "starling".runs;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '6'
-- $2 = 'interrupted: it ended without recording how (found by run 6)'
COMMIT
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop schema warehouse__rebuild
DROP SCHEMA IF EXISTS "warehouse__rebuild" CASCADE;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop schema warehouse__retired
DROP SCHEMA IF EXISTS "warehouse__retired" CASCADE;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- drop schema starling__rebuild
DROP SCHEMA IF EXISTS "starling__rebuild" CASCADE;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
COMMIT
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- session time zone
SET timezone TO 'Europe/Berlin';
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling__rebuild";
-- run lock table
CREATE TABLE IF NOT EXISTS "starling__rebuild".run_lock (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ);
-- run lock table shape
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'run_lock' AND column_name = 'token';
-- $1 = 'starling__rebuild'
-- run lock
LOCK "starling__rebuild".run_lock;
-- run lock holder
SELECT expires_at IS NULL OR expires_at < CAST(GETDATE() AS TIMESTAMPTZ), token, holder, process, expires_at FROM "starling__rebuild".run_lock;
-- take run lock
DELETE FROM "starling__rebuild".run_lock;
-- take run lock
INSERT INTO "starling__rebuild".run_lock (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ), CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds');
-- $1 = '<token>'
-- $2 = 'starling <pid>@<host>'
-- $3 = '<process>'
-- meta schema version
SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta_version';
-- $1 = 'starling__rebuild'
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling__rebuild";
-- meta_version
CREATE TABLE "starling__rebuild".meta_version (version INTEGER NOT NULL, upgraded_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE());
-- runs
CREATE TABLE "starling__rebuild".runs (
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
CREATE TABLE "starling__rebuild".model_runs (
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
CREATE TABLE "starling__rebuild".built_periods (
  model VARCHAR(1024) NOT NULL,
  period_start TIMESTAMP NOT NULL,
  period_end TIMESTAMP NOT NULL,
  built_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  row_count BIGINT,
  PRIMARY KEY (model, period_start)
);
-- watermarks
CREATE TABLE "starling__rebuild".watermarks (
  model VARCHAR(1024) NOT NULL,
  source VARCHAR(1024) NOT NULL,
  value TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  PRIMARY KEY (model, source)
);
-- models
CREATE TABLE "starling__rebuild".models (
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
CREATE TABLE "starling__rebuild".source_freshness (
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
CREATE TABLE "starling__rebuild".schema_migrations (
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
CREATE TABLE "starling__rebuild".repeatable_migrations (
  name VARCHAR(1024) NOT NULL,
  file VARCHAR(1024) NOT NULL,
  checksum VARCHAR(128) NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  execution_ms BIGINT,
  run_id BIGINT,
  PRIMARY KEY (name)
);
-- loads
CREATE TABLE "starling__rebuild".loads (
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
CREATE TABLE "starling__rebuild".rejected_rows (
  load_id BIGINT NOT NULL,
  line BIGINT NOT NULL,
  reason VARCHAR(65535) NOT NULL,
  raw VARCHAR(65535)
);
-- pipeline_health
CREATE VIEW "starling__rebuild".pipeline_health AS
WITH latest_check AS (
  SELECT source, table_name, checked_at, max_loaded_at, lag_seconds, warn_after_seconds,
         error_after_seconds, status, message
  FROM (SELECT f.*, row_number() OVER (PARTITION BY f.source, f.table_name
                                       ORDER BY f.checked_at DESC) AS n
        FROM "starling__rebuild".source_freshness f) x
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
  SELECT model FROM "starling__rebuild".models
  UNION
  SELECT model FROM "starling__rebuild".model_runs
), last_model_run AS (
  SELECT model, status, finished_at, error, message
  FROM (SELECT mr.*, row_number() OVER (PARTITION BY mr.model ORDER BY mr.run_id DESC) AS n
        FROM "starling__rebuild".model_runs mr
        WHERE mr.status <> 'running') x
  WHERE n = 1
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling__rebuild".model_runs
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
-- meta schema version
INSERT INTO "starling__rebuild".meta_version (version) VALUES ($1::integer);
-- $1 = '1'
-- meta schema version
INSERT INTO "starling__rebuild".meta_version (version) VALUES ($1::integer);
-- $1 = '2'
-- meta schema version
INSERT INTO "starling__rebuild".meta_version (version) VALUES ($1::integer);
-- $1 = '3'
-- inputs
CREATE TABLE "starling__rebuild".inputs (
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
CREATE TABLE "starling__rebuild".positions (
  model VARCHAR(1024) NOT NULL,
  input VARCHAR(1024) NOT NULL,
  seqs VARCHAR(65535) NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT GETDATE(),
  run_id BIGINT,
  PRIMARY KEY (model, input)
);
-- meta schema version
INSERT INTO "starling__rebuild".meta_version (version) VALUES ($1::integer);
-- $1 = '4'
-- start run
INSERT INTO "starling__rebuild".runs (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), 0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM "starling__rebuild".runs;
-- $1 = 'rebuild'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = '--all'
-- run id
SELECT max(run_id) FROM "starling__rebuild".runs;
-- close interrupted runs
UPDATE "starling__rebuild".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling__rebuild".runs r LEFT JOIN "starling__rebuild".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '1'
-- $2 = 'interrupted: it ended without recording how (found by run 1)'
-- schema warehouse__rebuild
CREATE SCHEMA IF NOT EXISTS "warehouse__rebuild";
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse__rebuild'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse__rebuild'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling__rebuild".models;
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- columns of app.customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- primary key of app.customers
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'customers'
-- versions of app.customers
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- exists starling.shadow_app_customers
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_customers'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.customers that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."customers" WHERE "_loaded_at" >= '2026-03-11 09:00:00'::timestamp;
-- changed rows of app.customers
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_customers" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."name" = c."name" OR (s."name" IS NULL AND c."name" IS NULL)) AND (s."tier" = c."tier" OR (s."tier" IS NULL AND c."tier" IS NULL)) AND (s."born" = c."born" OR (s."born" IS NULL AND c."born" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.customers
UPDATE "starling"."shadow_app_customers" SET _starling_to = 3 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_customers"."id");
-- new versions of app.customers
INSERT INTO "starling"."shadow_app_customers" SELECT c.*, CAST(3 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.customers
SELECT count(*) FROM "app"."customers";
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.customers'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.customers'
-- $2 = 'shadow_app_customers'
-- $3 = '2'
-- $4 = '1'
-- $5 = '5'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'id bigint;name character varying;tier character varying;born date;_loaded_at timestamp with time zone; key "id"'
-- $8 = '1'
-- positions of dim_customers
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'dim_customers'
-- create table dim_customers
CREATE TABLE "warehouse__rebuild"."dim_customers" (
  "customer_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "customer_id" bigint,
  "name" varchar(40),
  "tier_label" varchar(20),
  "born" date,
  "name_length" integer,
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("customer_sk")
);
-- unique key of dim_customers
CREATE UNIQUE INDEX "dim_customers_unique" ON "warehouse__rebuild"."dim_customers" ("customer_id");
-- unknown member of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::bigint, $3::varchar(40), $4::varchar(20), $5::date, $6::integer, $7::boolean) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = 'Unknown'
-- $5 = NULL
-- $6 = NULL
-- $7 = 'false'
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_customers";
-- stage rows of dim_customers
CREATE TEMP TABLE "_stage_dim_customers" AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born", (length(name)) AS "name_length" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "customers" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- columns of warehouse.dim_customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- history of dim_customers against its sources
SELECT sum(CASE WHEN s."customer_id" IS NOT NULL THEN 0 ELSE 1 END), sum(CASE WHEN s."customer_id" IS NOT NULL AND CASE WHEN (l."born" = s."born" OR (l."born" IS NULL AND s."born" IS NULL)) THEN false ELSE true END THEN 1 ELSE 0 END) FROM "warehouse"."dim_customers" AS l LEFT JOIN "_stage_dim_customers" AS s ON l."customer_id" = s."customer_id" WHERE l."customer_sk" <> -1 AND NOT l."is_inferred";
-- carry the members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT l."customer_sk", l."customer_id", l."name", l."tier_label", l."born", l."name_length", l."is_inferred" FROM "warehouse"."dim_customers" AS l LEFT JOIN "_stage_dim_customers" AS s ON l."customer_id" = s."customer_id" WHERE l."customer_sk" <> -1;
-- update changed members of dim_customers
UPDATE "warehouse__rebuild"."dim_customers" SET "name" = s."name", "tier_label" = s."tier_label", "born" = CASE WHEN "dim_customers"."is_inferred" THEN s."born" ELSE "dim_customers"."born" END, "name_length" = s."name_length", "is_inferred" = false FROM "_stage_dim_customers" AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND ("dim_customers"."is_inferred" OR CASE WHEN ("dim_customers"."name" = s."name" OR ("dim_customers"."name" IS NULL AND s."name" IS NULL)) AND ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) AND ("dim_customers"."name_length" = s."name_length" OR ("dim_customers"."name_length" IS NULL AND s."name_length" IS NULL)) THEN false ELSE true END);
-- insert new members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_customers") + row_number() OVER (ORDER BY s."customer_id"), s."customer_id", s."name", s."tier_label", s."born", s."name_length", false FROM "_stage_dim_customers" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id");
-- refresh always-columns of dim_customers
UPDATE "warehouse__rebuild"."dim_customers" SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE "dim_customers"."customer_id" = s."customer_id" AND CASE WHEN ("dim_customers"."tier_label" = s."tier_label" OR ("dim_customers"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END;
-- $1 = '0001-01-01 00:00:00'
-- columns of warehouse__rebuild.fct_customer_totals
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_customer_totals'
-- columns of warehouse__rebuild.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_daily_customer'
-- columns of warehouse__rebuild.fct_order_scan
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_order_scan'
-- columns of warehouse__rebuild.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_orders'
-- test not_null name
SELECT count(*) FROM "warehouse__rebuild"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" AND (t."name" IS NULL);
-- test unique customer_sk
SELECT count(*) FROM (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" GROUP BY t."customer_sk" HAVING count(*) > 1) AS d;
-- watermark of dim_customers
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of dim_customers (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- position of dim_customers
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- position of dim_customers
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2'
-- $4 = '1'
-- record model dim_customers
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse__rebuild.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model dim_customers (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'dim_customers'
-- $2 = 'dimension'
-- $3 = 'warehouse__rebuild.dim_customers'
-- $4 = 'f992620e2a311e3ddaf6f9f00a2b85efff4df44ba8d8890841d2fb1d63fada21'
-- $5 = 'customer_sk bigint not null
customer_id bigint
name varchar(40)
tier_label varchar(20)
born date
name_length integer
is_inferred boolean not null
unique customer_id'
-- $6 = 'column born type=date on_change=keep expr=- default=-
column customer_id type=bigint on_change=overwrite expr=id default=-
column name type=varchar(40) on_change=overwrite expr=- default=-
column name_length type=integer on_change=overwrite expr=length(name) default=-
column tier_label type=varchar(20) on_change=overwrite refresh=always expr=upper(tier) default=-
from app.customers
history overwrite
key customer_id
kind dimension
surrogate_key customer_sk
test not_null column=name'
-- record model run dim_customers
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_customers'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
-- watermarks of dim_date
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'dim_date'
-- create table dim_date
CREATE TABLE "warehouse__rebuild"."dim_date" (
  "date_key" integer NOT NULL,
  "date" date,
  "year" integer,
  "quarter" integer,
  "month" integer,
  "month_name" text,
  "day_of_month" integer,
  "day_of_week" integer,
  "day_name" text,
  "iso_year" integer,
  "iso_week" integer,
  "is_weekend" boolean,
  "fiscal_year" integer,
  "fiscal_quarter" integer,
  "is_holiday" boolean,
  "holiday_name" text,
  PRIMARY KEY ("date_key")
);
-- lookup key of dim_date
CREATE UNIQUE INDEX "dim_date_by_date" ON "warehouse__rebuild"."dim_date" ("date");
-- unknown member of dim_date
INSERT INTO "warehouse__rebuild"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") OVERRIDING SYSTEM VALUE VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = NULL
-- $5 = NULL
-- $6 = 'Unknown'
-- $7 = NULL
-- $8 = NULL
-- $9 = 'Unknown'
-- $10 = NULL
-- $11 = NULL
-- $12 = NULL
-- $13 = NULL
-- $14 = NULL
-- $15 = NULL
-- $16 = 'Unknown'
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- stage date rows of dim_date
CREATE TEMP TABLE "_stage_dim_date" (LIKE "warehouse__rebuild"."dim_date");
-- stage date rows of dim_date
INSERT INTO "_stage_dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES (CAST('20260201' AS INTEGER), CAST('2026-02-01' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('1' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('5' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260202' AS INTEGER), CAST('2026-02-02' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('2' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260203' AS INTEGER), CAST('2026-02-03' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('3' AS INTEGER), CAST('2' AS INTEGER), CAST('Tuesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260204' AS INTEGER), CAST('2026-02-04' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('4' AS INTEGER), CAST('3' AS INTEGER), CAST('Wednesday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260205' AS INTEGER), CAST('2026-02-05' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('5' AS INTEGER), CAST('4' AS INTEGER), CAST('Thursday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260206' AS INTEGER), CAST('2026-02-06' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('6' AS INTEGER), CAST('5' AS INTEGER), CAST('Friday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260207' AS INTEGER), CAST('2026-02-07' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('7' AS INTEGER), CAST('6' AS INTEGER), CAST('Saturday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260208' AS INTEGER), CAST('2026-02-08' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('8' AS INTEGER), CAST('7' AS INTEGER), CAST('Sunday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('6' AS INTEGER), CAST('true' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260209' AS INTEGER), CAST('2026-02-09' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('9' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2026' AS INTEGER), CAST('7' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20260210' AS INTEGER), CAST('2026-02-10' AS DATE), CAST('2026' AS INTEGER), CAST('1' AS INTEGER), CAST('2' AS INTEGER), CAST('February' AS VARCHAR(65535)), CAST('10' AS INTEGER), CAST('2' AS INTEGER … (31324 more characters);
-- update date rows of dim_date
UPDATE "warehouse__rebuild"."dim_date" SET "date" = s."date", "year" = s."year", "quarter" = s."quarter", "month" = s."month", "month_name" = s."month_name", "day_of_month" = s."day_of_month", "day_of_week" = s."day_of_week", "day_name" = s."day_name", "iso_year" = s."iso_year", "iso_week" = s."iso_week", "is_weekend" = s."is_weekend", "fiscal_year" = s."fiscal_year", "fiscal_quarter" = s."fiscal_quarter", "is_holiday" = s."is_holiday", "holiday_name" = s."holiday_name" FROM "_stage_dim_date" AS s WHERE "dim_date"."date_key" = s."date_key" AND CASE WHEN ("dim_date"."date" = s."date" OR ("dim_date"."date" IS NULL AND s."date" IS NULL)) AND ("dim_date"."year" = s."year" OR ("dim_date"."year" IS NULL AND s."year" IS NULL)) AND ("dim_date"."quarter" = s."quarter" OR ("dim_date"."quarter" IS NULL AND s."quarter" IS NULL)) AND ("dim_date"."month" = s."month" OR ("dim_date"."month" IS NULL AND s."month" IS NULL)) AND ("dim_date"."month_name" = s."month_name" OR ("dim_date"."month_name" IS NULL AND s."month_name" IS NULL)) AND ("dim_date"."day_of_month" = s."day_of_month" OR ("dim_date"."day_of_month" IS NULL AND s."day_of_month" IS NULL)) AND ("dim_date"."day_of_week" = s."day_of_week" OR ("dim_date"."day_of_week" IS NULL AND s."day_of_week" IS NULL)) AND ("dim_date"."day_name" = s."day_name" OR ("dim_date"."day_name" IS NULL AND s."day_name" IS NULL)) AND ("dim_date"."iso_year" = s."iso_year" OR ("dim_date"."iso_year" IS NULL AND s."iso_year" IS NULL)) AND ("dim_date"."iso_week" = s."iso_week" OR ("dim_date"."iso_week" IS NULL AND s."iso_week" IS NULL)) AND ("dim_date"."is_weekend" = s."is_weekend" OR ("dim_date"."is_weekend" IS NULL AND s."is_weekend" IS NULL)) AND ("dim_date"."fiscal_year" = s."fiscal_year" OR ("dim_date"."fiscal_year" IS NULL AND s."fiscal_year" IS NULL)) AND ("dim_date"."fiscal_quarter" = s."fiscal_quarter" OR ("dim_date"."fiscal_quarter" IS NULL AND s."fiscal_quarter" IS NULL)) AND ("dim_date"."is_holiday" = s."is_holiday" OR ("dim_date"."is_holiday" IS NULL AND s."is_holiday" IS NULL)) AND ("dim_date"."holiday_name" = s."holiday_name" OR ("dim_date"."holiday_name" IS NULL AND s."holiday_name" IS NULL)) THEN false ELSE true END;
-- insert date rows of dim_date
INSERT INTO "warehouse__rebuild"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") SELECT s."date_key", s."date", s."year", s."quarter", s."month", s."month_name", s."day_of_month", s."day_of_week", s."day_name", s."iso_year", s."iso_week", s."is_weekend", s."fiscal_year", s."fiscal_quarter", s."is_holiday", s."holiday_name" FROM "_stage_dim_date" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_date" AS d WHERE d."date_key" = s."date_key");
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";
-- columns of warehouse__rebuild.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_daily_customer'
-- watermark of dim_date
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '1'
-- watermark of dim_date (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '1'
-- record model dim_date
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse__rebuild.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model dim_date (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'dim_date'
-- $2 = 'date_dimension'
-- $3 = 'warehouse__rebuild.dim_date'
-- $4 = 'bf841d47c79f975078c46215114fbbdf9fb3e8473b6a94eb2511dea61c43b95f'
-- $5 = 'date_key integer not null
date date
year integer
quarter integer
month integer
month_name text
day_of_month integer
day_of_week integer
day_name text
iso_year integer
iso_week integer
is_weekend boolean
fiscal_year integer
fiscal_quarter integer
is_holiday boolean
holiday_name text
unique date_key'
-- $6 = 'date_dimension start=2026-02-01 end=2026-04-30 fiscal_year_start=1
kind date_dimension'
-- record model run dim_date
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_date'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '89'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
-- watermarks of dim_products
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'dim_products'
-- columns of app.products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- primary key of app.products
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'products'
-- versions of app.products
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- exists starling.shadow_app_products
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_products'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.products that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."products" WHERE "_loaded_at" >= '2026-03-11 09:00:00'::timestamp;
-- changed rows of app.products
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_products" AS s WHERE s._starling_to IS NULL AND s."sku" = c."sku" AND NOT (CASE WHEN (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."title" = c."title" OR (s."title" IS NULL AND c."title" IS NULL)) AND (s."price" = c."price" OR (s."price" IS NULL AND c."price" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.products
UPDATE "starling"."shadow_app_products" SET _starling_to = 3 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."sku" = "starling"."shadow_app_products"."sku");
-- new versions of app.products
INSERT INTO "starling"."shadow_app_products" SELECT c.*, CAST(3 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.products
SELECT count(*) FROM "app"."products";
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.products'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.products'
-- $2 = 'shadow_app_products'
-- $3 = '2'
-- $4 = '1'
-- $5 = '3'
-- $6 = '2026-03-11 10:00:00.000000'
-- $7 = 'sku character varying;title character varying;price numeric;_loaded_at timestamp with time zone; key "sku"'
-- $8 = '1'
-- positions of dim_products
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'dim_products'
-- create table dim_products
CREATE TABLE "warehouse__rebuild"."dim_products" (
  "product_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "sku" varchar(10),
  "title" varchar(40),
  "price" numeric(10,2),
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("product_sk")
);
-- unique key of dim_products
CREATE UNIQUE INDEX "dim_products_unique" ON "warehouse__rebuild"."dim_products" ("sku");
-- unknown member of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::varchar(10), $3::varchar(40), $4::numeric(10,2), $5::boolean) ON CONFLICT DO NOTHING;
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = NULL
-- $5 = 'false'
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_products";
-- stage rows of dim_products
CREATE TEMP TABLE "_stage_dim_products" AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "products"
WHERE _loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- columns of warehouse.dim_products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'dim_products'
-- history of dim_products against its sources
SELECT sum(CASE WHEN s."sku" IS NOT NULL THEN 0 ELSE 1 END), sum(CASE WHEN s."sku" IS NOT NULL AND CASE WHEN (l."title" = s."title" OR (l."title" IS NULL AND s."title" IS NULL)) THEN false ELSE true END THEN 1 ELSE 0 END) FROM "warehouse"."dim_products" AS l LEFT JOIN "_stage_dim_products" AS s ON l."sku" = s."sku" WHERE l."product_sk" <> -1 AND NOT l."is_inferred";
-- carry the members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT l."product_sk", l."sku", l."title", l."price", l."is_inferred" FROM "warehouse"."dim_products" AS l LEFT JOIN "_stage_dim_products" AS s ON l."sku" = s."sku" WHERE l."product_sk" <> -1;
-- update changed members of dim_products
UPDATE "warehouse__rebuild"."dim_products" SET "title" = CASE WHEN "dim_products"."is_inferred" THEN s."title" ELSE "dim_products"."title" END, "price" = s."price", "is_inferred" = false FROM "_stage_dim_products" AS s WHERE "dim_products"."sku" = s."sku" AND ("dim_products"."is_inferred" OR CASE WHEN ("dim_products"."price" = s."price" OR ("dim_products"."price" IS NULL AND s."price" IS NULL)) THEN false ELSE true END);
-- insert new members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_products") + row_number() OVER (ORDER BY s."sku"), s."sku", s."title", s."price", false FROM "_stage_dim_products" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_products" AS d WHERE d."sku" = s."sku");
-- columns of warehouse__rebuild.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_orders'
-- columns of warehouse__rebuild.fct_product_days
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_product_days'
-- test unique product_sk
SELECT count(*) FROM (SELECT 1 FROM "warehouse__rebuild"."dim_products" AS t WHERE t."product_sk" <> -1 AND NOT t."is_inferred" GROUP BY t."product_sk" HAVING count(*) > 1) AS d;
-- watermark of dim_products
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of dim_products (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- position of dim_products
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- position of dim_products
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2'
-- $4 = '1'
-- record model dim_products
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse__rebuild.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model dim_products (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'dim_products'
-- $2 = 'dimension'
-- $3 = 'warehouse__rebuild.dim_products'
-- $4 = '4ee2cef207a736890c73ccc354d84603177c5fb7e5112e8b6871fa83a2e5d9d8'
-- $5 = 'product_sk bigint not null
sku varchar(10)
title varchar(40)
price numeric(10,2)
is_inferred boolean not null
unique sku'
-- $6 = 'column price type=numeric(10,2) on_change=overwrite expr=- default=-
column sku type=varchar(10) on_change=overwrite expr=- default=-
column title type=varchar(40) on_change=keep expr=- default=-
history overwrite
key sku
kind dimension
sql a2e8a064d89a9349429c77d4ea52a630e2b855adc013c16f799668ae59c63e79
surrogate_key product_sk'
-- record model run dim_products
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'dim_products'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '4'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
-- watermarks of fct_customer_totals
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- columns of app.orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- primary key of app.orders
SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = $1 AND c.table_name = $2 ORDER BY k.ordinal_position;
-- $1 = 'app'
-- $2 = 'orders'
-- versions of app.orders
SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- exists starling.shadow_app_orders
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= '2026-03-14 09:00:00'::timestamp;
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT (CASE WHEN (s."id" = c."id" OR (s."id" IS NULL AND c."id" IS NULL)) AND (s."customer_id" = c."customer_id" OR (s."customer_id" IS NULL AND c."customer_id" IS NULL)) AND (s."sku" = c."sku" OR (s."sku" IS NULL AND c."sku" IS NULL)) AND (s."amount" = c."amount" OR (s."amount" IS NULL AND c."amount" IS NULL)) AND (s."ordered_at" = c."ordered_at" OR (s."ordered_at" IS NULL AND c."ordered_at" IS NULL)) AND (s."_loaded_at" = c."_loaded_at" OR (s."_loaded_at" IS NULL AND c."_loaded_at" IS NULL)) THEN false ELSE true END));
-- close versions of changed rows of app.orders
UPDATE "starling"."shadow_app_orders" SET _starling_to = 4 WHERE _starling_to IS NULL AND EXISTS (SELECT 1 FROM "_starling_changed" AS c WHERE c."id" = "starling"."shadow_app_orders"."id");
-- new versions of app.orders
INSERT INTO "starling"."shadow_app_orders" SELECT c.*, CAST(4 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "_starling_changed" AS c;
-- rows of app.orders
SELECT count(*) FROM "app"."orders";
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "_starling_rows";
-- versions of an input
DELETE FROM "starling".inputs WHERE input = $1;
-- $1 = 'app.orders'
-- versions of an input
INSERT INTO "starling".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, $8::bigint);
-- $1 = 'app.orders'
-- $2 = 'shadow_app_orders'
-- $3 = '3'
-- $4 = '1'
-- $5 = '8'
-- $6 = '2026-03-14 10:00:00.000000'
-- $7 = 'id bigint;customer_id bigint;sku character varying;amount numeric;ordered_at timestamp with time zone;_loaded_at timestamp with time zone; key "id"'
-- $8 = '1'
-- positions of fct_customer_totals
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- create table fct_customer_totals
CREATE TABLE "warehouse__rebuild"."fct_customer_totals" (
  "customer_sk" bigint NOT NULL,
  "orders" bigint,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" bigint
);
-- unique key of fct_customer_totals
CREATE UNIQUE INDEX "fct_customer_totals_unique" ON "warehouse__rebuild"."fct_customer_totals" ("customer_sk");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
GROUP BY 1
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_customer_totals" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_customer_totals" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- delete rows of fct_customer_totals
DELETE FROM "warehouse__rebuild"."fct_customer_totals";
-- insert fct_customer_totals
INSERT INTO "warehouse__rebuild"."fct_customer_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."orders" AS "orders", coalesce(s."amount", 0) AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_customer_totals" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" AND NOT r0."is_inferred";
-- watermark of fct_customer_totals
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_customer_totals (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- position of fct_customer_totals
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- position of fct_customer_totals
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '1'
-- record model fct_customer_totals
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model fct_customer_totals (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'fct_customer_totals'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_customer_totals'
-- $4 = '7cbfd84ef89d4f52be2d852e5abd25fd9d0e2ae01c28ab505954b449616f24be'
-- $5 = 'customer_sk bigint not null
orders bigint
amount numeric(10,2) not null
customer_sk_unresolved bigint
unique customer_sk'
-- $6 = 'grain customer_id
incremental strategy=full
kind fact
measure amount type=numeric(10,2) default=0
measure orders type=bigint default=-
reference customer_sk dimension=dim_customers key=customer_id on_missing=unknown as_of=-
sql 1963ea3de667ebba991578db7a5559734c8be33175f410b4cc402836498659e5'
-- record model run fct_customer_totals
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_customer_totals'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '5'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
-- watermarks of fct_daily_customer
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- positions of fct_daily_customer
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- create table fct_daily_customer
CREATE TABLE "warehouse__rebuild"."fct_daily_customer" (
  "customer_sk" bigint NOT NULL,
  "date_key" integer NOT NULL,
  "big_day" boolean,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "orders" integer NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0,
  "date_key_unresolved" date
);
-- unique key of fct_daily_customer
CREATE UNIQUE INDEX "fct_daily_customer_unique" ON "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key");
-- index of fct_daily_customer
CREATE INDEX "fct_daily_customer_by_day" ON "warehouse__rebuild"."fct_daily_customer" ("day");
-- record model fct_daily_customer
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), NULL WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- built periods of fct_daily_customer
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling__rebuild".built_periods WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- position of fct_daily_customer
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '1'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '2026-03-01 00:00:00'::timestamp AND ordered_at < '2026-03-05 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__rebuild"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse__rebuild"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling__rebuild".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-01 00:00:00'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-04 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-01 00:00:00'
-- $4 = '2026-03-02 00:00:00'
-- $5 = '2026-03-02 00:00:00'
-- $6 = '2026-03-03 00:00:00'
-- $7 = '2026-03-03 00:00:00'
-- $8 = '2026-03-04 00:00:00'
-- $9 = '2026-03-04 00:00:00'
-- $10 = '2026-03-05 00:00:00'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '2026-03-05 00:00:00'::timestamp AND ordered_at < '2026-03-09 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__rebuild"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse__rebuild"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling__rebuild".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-05 00:00:00'
-- $3 = '2026-03-06 00:00:00'
-- $4 = '2026-03-07 00:00:00'
-- $5 = '2026-03-08 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-05 00:00:00'
-- $4 = '2026-03-06 00:00:00'
-- $5 = '2026-03-06 00:00:00'
-- $6 = '2026-03-07 00:00:00'
-- $7 = '2026-03-07 00:00:00'
-- $8 = '2026-03-08 00:00:00'
-- $9 = '2026-03-08 00:00:00'
-- $10 = '2026-03-09 00:00:00'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '2026-03-09 00:00:00'::timestamp AND ordered_at < '2026-03-13 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__rebuild"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse__rebuild"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling__rebuild".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-09 00:00:00'
-- $3 = '2026-03-10 00:00:00'
-- $4 = '2026-03-11 00:00:00'
-- $5 = '2026-03-12 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-09 00:00:00'
-- $4 = '2026-03-10 00:00:00'
-- $5 = '2026-03-10 00:00:00'
-- $6 = '2026-03-11 00:00:00'
-- $7 = '2026-03-11 00:00:00'
-- $8 = '2026-03-12 00:00:00'
-- $9 = '2026-03-12 00:00:00'
-- $10 = '2026-03-13 00:00:00'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= '2026-03-13 00:00:00'::timestamp AND ordered_at < '2026-03-15 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__rebuild"."fct_daily_customer" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 day' AS period FROM (SELECT d0.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 day' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse__rebuild"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- record built periods of fct_daily_customer (replaced)
DELETE FROM "starling__rebuild".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP));
-- $1 = 'fct_daily_customer'
-- $2 = '2026-03-13 00:00:00'
-- $3 = '2026-03-14 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-13 00:00:00'
-- $4 = '2026-03-14 00:00:00'
-- $5 = '2026-03-14 00:00:00'
-- $6 = '2026-03-15 00:00:00'
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- new members to densify in fct_daily_customer
SELECT d."customer_id" FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 100001;
-- $1 = '2026-03-01 00:00:00'
-- watermark of fct_daily_customer
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- position of fct_daily_customer
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- position of fct_daily_customer
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '1'
-- record model fct_daily_customer
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model fct_daily_customer (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'fct_daily_customer'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_daily_customer'
-- $4 = '1afaff3a9de35b8e5b1876497b2b44a9ab9941b5182aea11a094d9b377e05519'
-- $5 = 'customer_sk bigint not null
date_key integer not null
big_day boolean
day date not null
amount numeric(10,2) not null
orders integer not null
customer_orders bigint not null
date_key_unresolved date
unique customer_sk,date_key'
-- $6 = 'column big_day type=boolean on_change=overwrite expr=amount > 5 default=-
densify dim_customers from=born
grain customer_id,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
measure orders type=integer default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference date_key dimension=dim_date key=day on_missing=unknown as_of=-
sql be56338bb4e3cb215fcd06db773b32086ad0a1af160c0243ad629483d70b530c
timezone Europe/Berlin'
-- record model run fct_daily_customer
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_daily_customer'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '61'
-- $6 = '0'
-- $7 = '0'
-- $8 = '14'
-- $9 = NULL
-- $10 = NULL
-- watermarks of fct_order_scan
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_order_scan'
-- positions of fct_order_scan
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_order_scan'
-- create table fct_order_scan
CREATE TABLE "warehouse__rebuild"."fct_order_scan" (
  "customer_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "ordered_at" timestamptz,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- unique key of fct_order_scan
CREATE UNIQUE INDEX "fct_order_scan_unique" ON "warehouse__rebuild"."fct_order_scan" ("order_id");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" AS SELECT * FROM (SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders" WHERE "_loaded_at" >= '0001-01-01 00:00:00'::timestamp) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- update changed rows of fct_order_scan
UPDATE "warehouse__rebuild"."fct_order_scan" SET "customer_sk" = x."customer_sk", "ordered_at" = x."ordered_at", "amount" = x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE "fct_order_scan"."order_id" = x."order_id" AND CASE WHEN ("fct_order_scan"."customer_sk" = x."customer_sk" OR ("fct_order_scan"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_order_scan"."ordered_at" = x."ordered_at" OR ("fct_order_scan"."ordered_at" IS NULL AND x."ordered_at" IS NULL)) AND ("fct_order_scan"."amount" = x."amount" OR ("fct_order_scan"."amount" IS NULL AND x."amount" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_order_scan
INSERT INTO "warehouse__rebuild"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT x."customer_sk", x."order_id", x."ordered_at", x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_order_scan" AS f WHERE f."order_id" = x."order_id");
-- watermark of fct_order_scan
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_order_scan (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- position of fct_order_scan
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- position of fct_order_scan
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '1'
-- record model fct_order_scan
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model fct_order_scan (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'fct_order_scan'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_order_scan'
-- $4 = 'f9c92e2304024898fd4fcbcb501a58eb6f84824ee0a87ce94a7bc0d8f4064597'
-- $5 = 'customer_sk bigint not null
order_id bigint not null
ordered_at timestamptz
amount numeric(10,2) not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
column ordered_at type=timestamptz on_change=overwrite expr=- default=-
from app.orders
grain order_id
incremental strategy=key deletes=scan
kind fact
measure amount type=numeric(10,2) default=0
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-'
-- record model run fct_order_scan
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_order_scan'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '8'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
-- watermarks of fct_orders
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_orders'
-- positions of fct_orders
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_orders'
-- create table fct_orders
CREATE TABLE "warehouse__rebuild"."fct_orders" (
  "customer_sk" bigint NOT NULL,
  "product_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0
);
-- unique key of fct_orders
CREATE UNIQUE INDEX "fct_orders_unique" ON "warehouse__rebuild"."fct_orders" ("order_id");
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- update changed rows of fct_orders
UPDATE "warehouse__rebuild"."fct_orders" SET "customer_sk" = x."customer_sk", "product_sk" = x."product_sk", "amount" = x."amount", "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."product_sk" = x."product_sk" OR ("fct_orders"."product_sk" IS NULL AND x."product_sk" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- insert new rows of fct_orders
INSERT INTO "warehouse__rebuild"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT x."customer_sk", x."product_sk", x."order_id", x."amount", x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_orders" AS f WHERE f."order_id" = x."order_id");
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= '0001-01-01 00:00:00'::timestamp
) AS src;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_customers") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id")) AS n;
-- infer members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- refresh always-measures of fct_orders
UPDATE "warehouse__rebuild"."fct_orders" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_products" AS r1 ON r1."sku" = s."sku") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;
-- test not_null order_id
SELECT count(*) FROM "warehouse__rebuild"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_orders (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- position of fct_orders
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- position of fct_orders
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '1'
-- record model fct_orders
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model fct_orders (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'fct_orders'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_orders'
-- $4 = '928c4cfd80ac9fcf7f30b1f3e5b764006ec08a6f3333d3169ec247146dc72aa4'
-- $5 = 'customer_sk bigint not null
product_sk bigint not null
order_id bigint not null
amount numeric(10,2) not null
customer_orders bigint not null
unique order_id'
-- $6 = 'column order_id type=bigint on_change=overwrite expr=id default=-
grain order_id
incremental strategy=key
kind fact
measure amount type=numeric(10,2) default=0
measure customer_orders type=bigint default=0 refresh=always
reference customer_sk dimension=dim_customers key=customer_id on_missing=infer as_of=-
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 356358315126dbe756956aa7f16a3b0f1313515deabba8db2abad1bb6bc263e8
test not_null column=order_id'
-- record model run fct_orders
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_orders'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '8'
-- $6 = '0'
-- $7 = '0'
-- $8 = '0'
-- $9 = NULL
-- $10 = NULL
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
-- positions of fct_product_days
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_product_days'
-- create table fct_product_days
CREATE TABLE "warehouse__rebuild"."fct_product_days" (
  "product_sk" bigint NOT NULL,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- unique key of fct_product_days
CREATE UNIQUE INDEX "fct_product_days_unique" ON "warehouse__rebuild"."fct_product_days" ("product_sk", "day");
-- index of fct_product_days
CREATE INDEX "fct_product_days_by_day" ON "warehouse__rebuild"."fct_product_days" ("day");
-- record model fct_product_days
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), NULL WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- built periods of fct_product_days
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling__rebuild".built_periods WHERE model = $1;
-- $1 = 'fct_product_days'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- position of fct_product_days
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '1'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
WHERE ordered_at >= '2026-03-01 00:00:00'::timestamp AND ordered_at < '2026-03-15 00:00:00'::timestamp
GROUP BY 1, 2
) AS src;
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("product_sk", "sku", "is_inferred") SELECT (SELECT CASE WHEN max("product_sk") > 0 THEN max("product_sk") ELSE 0 END FROM "warehouse__rebuild"."dim_products") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."sku" AS k FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_products" AS d WHERE d."sku" = s."sku")) AS n;
-- delete periods of fct_product_days
DELETE FROM "warehouse__rebuild"."fct_product_days" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse__rebuild"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days (replaced)
DELETE FROM "starling__rebuild".built_periods WHERE model = $1 AND period_start IN (CAST($2 AS TIMESTAMP), CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($11 AS TIMESTAMP), CAST($12 AS TIMESTAMP), CAST($13 AS TIMESTAMP), CAST($14 AS TIMESTAMP), CAST($15 AS TIMESTAMP));
-- $1 = 'fct_product_days'
-- $2 = '2026-03-01 00:00:00'
-- $3 = '2026-03-02 00:00:00'
-- $4 = '2026-03-03 00:00:00'
-- $5 = '2026-03-04 00:00:00'
-- $6 = '2026-03-05 00:00:00'
-- $7 = '2026-03-06 00:00:00'
-- $8 = '2026-03-07 00:00:00'
-- $9 = '2026-03-08 00:00:00'
-- $10 = '2026-03-09 00:00:00'
-- $11 = '2026-03-10 00:00:00'
-- $12 = '2026-03-11 00:00:00'
-- $13 = '2026-03-12 00:00:00'
-- $14 = '2026-03-13 00:00:00'
-- $15 = '2026-03-14 00:00:00'
-- record built periods of fct_product_days
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, CAST($3 AS TIMESTAMP), CAST($4 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($5 AS TIMESTAMP), CAST($6 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($7 AS TIMESTAMP), CAST($8 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($9 AS TIMESTAMP), CAST($10 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($11 AS TIMESTAMP), CAST($12 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($13 AS TIMESTAMP), CAST($14 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($15 AS TIMESTAMP), CAST($16 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($17 AS TIMESTAMP), CAST($18 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($19 AS TIMESTAMP), CAST($20 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($21 AS TIMESTAMP), CAST($22 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($23 AS TIMESTAMP), CAST($24 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($25 AS TIMESTAMP), CAST($26 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($27 AS TIMESTAMP), CAST($28 AS TIMESTAMP), CAST($2 AS BIGINT)), ($1, CAST($29 AS TIMESTAMP), CAST($30 AS TIMESTAMP), CAST($2 AS BIGINT));
-- $1 = 'fct_product_days'
-- $2 = '1'
-- $3 = '2026-03-01 00:00:00'
-- $4 = '2026-03-02 00:00:00'
-- $5 = '2026-03-02 00:00:00'
-- $6 = '2026-03-03 00:00:00'
-- $7 = '2026-03-03 00:00:00'
-- $8 = '2026-03-04 00:00:00'
-- $9 = '2026-03-04 00:00:00'
-- $10 = '2026-03-05 00:00:00'
-- $11 = '2026-03-05 00:00:00'
-- $12 = '2026-03-06 00:00:00'
-- $13 = '2026-03-06 00:00:00'
-- $14 = '2026-03-07 00:00:00'
-- $15 = '2026-03-07 00:00:00'
-- $16 = '2026-03-08 00:00:00'
-- $17 = '2026-03-08 00:00:00'
-- $18 = '2026-03-09 00:00:00'
-- $19 = '2026-03-09 00:00:00'
-- $20 = '2026-03-10 00:00:00'
-- $21 = '2026-03-10 00:00:00'
-- $22 = '2026-03-11 00:00:00'
-- $23 = '2026-03-11 00:00:00'
-- $24 = '2026-03-12 00:00:00'
-- $25 = '2026-03-12 00:00:00'
-- $26 = '2026-03-13 00:00:00'
-- $27 = '2026-03-13 00:00:00'
-- $28 = '2026-03-14 00:00:00'
-- $29 = '2026-03-14 00:00:00'
-- $30 = '2026-03-15 00:00:00'
-- watermark of fct_product_days
UPDATE "starling__rebuild".watermarks SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1 AND source = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_product_days (new)
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".watermarks WHERE model = $1 AND source = $2);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- position of fct_product_days
DELETE FROM "starling__rebuild".positions WHERE model = $1 AND input = $2;
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- position of fct_product_days
INSERT INTO "starling__rebuild".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint);
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '3'
-- $4 = '1'
-- record model fct_product_days
UPDATE "starling__rebuild".models SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, built_at = CAST(GETDATE() AS TIMESTAMPTZ), updated_at = CAST(GETDATE() AS TIMESTAMPTZ) WHERE model = $1;
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model fct_product_days (new)
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST(GETDATE() AS TIMESTAMPTZ) WHERE NOT EXISTS (SELECT 1 FROM "starling__rebuild".models WHERE model = $1);
-- $1 = 'fct_product_days'
-- $2 = 'fact'
-- $3 = 'warehouse__rebuild.fct_product_days'
-- $4 = '4b3103cb76b44d8a2ee31ca70cbda3d9e5166b516530b5e6577b20f48b53c6ce'
-- $5 = 'product_sk bigint not null
day date not null
amount numeric(10,2) not null
unique product_sk,day'
-- $6 = 'column day type=date on_change=overwrite expr=- default=-
grain sku,day
incremental strategy=period period=day time=day start=2026-03-01
kind fact
measure amount type=numeric(10,2) default=0
reference product_sk dimension=dim_products key=sku on_missing=infer as_of=-
sql 983f66ed3f966dc1b664e3ffe9d3d6efc8735dc4b017ad89752a02a76b311a02
timezone Europe/Berlin'
-- record model run fct_product_days
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, CAST(GETDATE() AS TIMESTAMPTZ) - $4::bigint * interval '1 millisecond', CAST(GETDATE() AS TIMESTAMPTZ), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
-- $1 = '1'
-- $2 = 'fct_product_days'
-- $3 = 'success'
-- $4 = '<ms>'
-- $5 = '8'
-- $6 = '0'
-- $7 = '0'
-- $8 = '14'
-- $9 = NULL
-- $10 = NULL
-- finish run
UPDATE "starling__rebuild".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '1'
-- $2 = 'success'
-- $3 = NULL
-- run lock
LOCK "starling__rebuild".run_lock;
-- give up run lock
DELETE FROM "starling__rebuild".run_lock WHERE token = $1;
-- $1 = '<token>'
-- schema warehouse__retired
CREATE SCHEMA IF NOT EXISTS "warehouse__retired";
-- shape of warehouse.dim_customers
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- shape of warehouse__rebuild.dim_customers
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse__rebuild'
-- $2 = 'dim_customers'
-- shape of warehouse.dim_date
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'dim_date'
-- shape of warehouse__rebuild.dim_date
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse__rebuild'
-- $2 = 'dim_date'
-- shape of warehouse.dim_products
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'dim_products'
-- shape of warehouse__rebuild.dim_products
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse__rebuild'
-- $2 = 'dim_products'
-- shape of warehouse.fct_customer_totals
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'fct_customer_totals'
-- shape of warehouse__rebuild.fct_customer_totals
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_customer_totals'
-- shape of warehouse.fct_daily_customer
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- shape of warehouse__rebuild.fct_daily_customer
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_daily_customer'
-- shape of warehouse.fct_order_scan
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'fct_order_scan'
-- shape of warehouse__rebuild.fct_order_scan
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_order_scan'
-- shape of warehouse.fct_orders
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- shape of warehouse__rebuild.fct_orders
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_orders'
-- shape of warehouse.fct_product_days
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse'
-- $2 = 'fct_product_days'
-- shape of warehouse__rebuild.fct_product_days
SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_product_days'
-- views reading warehouse.dim_customers
SELECT DISTINCT n.nspname, c.relname, pg_get_viewdef(c.oid), pg_get_userbyid(c.relowner), pg_get_userbyid(c.relowner) = current_user FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid AND c.relkind = 'v' ORDER BY 1, 2;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- views reading warehouse.fct_daily_customer
SELECT DISTINCT n.nspname, c.relname, pg_get_viewdef(c.oid), pg_get_userbyid(c.relowner), pg_get_userbyid(c.relowner) = current_user FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid AND c.relkind = 'v' ORDER BY 1, 2;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- privileges on warehouse.dim_customers
SELECT array_to_string(c.relacl, ','), pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- retire dim_customers
DROP TABLE "warehouse"."dim_customers" CASCADE;
-- create table dim_customers
CREATE TABLE "warehouse"."dim_customers" (
  "customer_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "customer_id" bigint,
  "name" varchar(40),
  "tier_label" varchar(20),
  "born" date,
  "name_length" integer,
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("customer_sk")
);
-- unique key of dim_customers
CREATE UNIQUE INDEX "dim_customers_unique" ON "warehouse"."dim_customers" ("customer_id");
-- swap in dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT "customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred" FROM "warehouse__rebuild"."dim_customers";
-- replace the rows of dim_date
DELETE FROM "warehouse"."dim_date";
-- swap in dim_date
INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") SELECT "date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name" FROM "warehouse__rebuild"."dim_date";
-- replace the rows of dim_products
DELETE FROM "warehouse"."dim_products";
-- swap in dim_products
INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT "product_sk", "sku", "title", "price", "is_inferred" FROM "warehouse__rebuild"."dim_products";
-- replace the rows of fct_customer_totals
DELETE FROM "warehouse"."fct_customer_totals";
-- swap in fct_customer_totals
INSERT INTO "warehouse"."fct_customer_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT "customer_sk", "orders", "amount", "customer_sk_unresolved" FROM "warehouse__rebuild"."fct_customer_totals";
-- privileges on warehouse.fct_daily_customer
SELECT array_to_string(c.relacl, ','), pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- retire fct_daily_customer
DROP TABLE "warehouse"."fct_daily_customer" CASCADE;
-- create table fct_daily_customer
CREATE TABLE "warehouse"."fct_daily_customer" (
  "customer_sk" bigint NOT NULL,
  "date_key" integer NOT NULL,
  "big_day" boolean,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "orders" integer NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0,
  "date_key_unresolved" date
);
-- unique key of fct_daily_customer
CREATE UNIQUE INDEX "fct_daily_customer_unique" ON "warehouse"."fct_daily_customer" ("customer_sk", "date_key");
-- index of fct_daily_customer
CREATE INDEX "fct_daily_customer_by_day" ON "warehouse"."fct_daily_customer" ("day");
-- swap in fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT "customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved" FROM "warehouse__rebuild"."fct_daily_customer";
-- replace the rows of fct_order_scan
DELETE FROM "warehouse"."fct_order_scan";
-- swap in fct_order_scan
INSERT INTO "warehouse"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT "customer_sk", "order_id", "ordered_at", "amount" FROM "warehouse__rebuild"."fct_order_scan";
-- replace the rows of fct_orders
DELETE FROM "warehouse"."fct_orders";
-- swap in fct_orders
INSERT INTO "warehouse"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT "customer_sk", "product_sk", "order_id", "amount", "customer_orders" FROM "warehouse__rebuild"."fct_orders";
-- replace the rows of fct_product_days
DELETE FROM "warehouse"."fct_product_days";
-- swap in fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT "product_sk", "day", "amount" FROM "warehouse__rebuild"."fct_product_days";
-- drop retired tables
DROP SCHEMA "warehouse__retired" CASCADE;
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS VARCHAR(64)) FROM "starling".repeatable_migrations ORDER BY name;
-- rebuild: forget watermarks
DELETE FROM "starling".watermarks WHERE model IN ($1, $2, $3, $4, $5, $6, $7, $8);
-- $1 = 'dim_customers'
-- $2 = 'dim_date'
-- $3 = 'dim_products'
-- $4 = 'fct_customer_totals'
-- $5 = 'fct_daily_customer'
-- $6 = 'fct_order_scan'
-- $7 = 'fct_orders'
-- $8 = 'fct_product_days'
-- rebuild: forget positions
DELETE FROM "starling".positions WHERE model IN ($1, $2, $3, $4, $5, $6, $7, $8);
-- $1 = 'dim_customers'
-- $2 = 'dim_date'
-- $3 = 'dim_products'
-- $4 = 'fct_customer_totals'
-- $5 = 'fct_daily_customer'
-- $6 = 'fct_order_scan'
-- $7 = 'fct_orders'
-- $8 = 'fct_product_days'
-- rebuild: forget built_periods
DELETE FROM "starling".built_periods WHERE model IN ($1, $2, $3, $4, $5, $6, $7, $8);
-- $1 = 'dim_customers'
-- $2 = 'dim_date'
-- $3 = 'dim_products'
-- $4 = 'fct_customer_totals'
-- $5 = 'fct_daily_customer'
-- $6 = 'fct_order_scan'
-- $7 = 'fct_orders'
-- $8 = 'fct_product_days'
-- rebuild: forget models
DELETE FROM "starling".models WHERE model IN ($1, $2, $3, $4, $5, $6, $7, $8);
-- $1 = 'dim_customers'
-- $2 = 'dim_date'
-- $3 = 'dim_products'
-- $4 = 'fct_customer_totals'
-- $5 = 'fct_daily_customer'
-- $6 = 'fct_order_scan'
-- $7 = 'fct_orders'
-- $8 = 'fct_product_days'
-- rebuild: adopt watermarks
INSERT INTO "starling".watermarks (model, source, value, updated_at, run_id) SELECT model, source, value, updated_at, $1::bigint FROM "starling__rebuild".watermarks WHERE model IN ($2, $3, $4, $5, $6, $7, $8, $9);
-- $1 = '6'
-- $2 = 'dim_customers'
-- $3 = 'dim_date'
-- $4 = 'dim_products'
-- $5 = 'fct_customer_totals'
-- $6 = 'fct_daily_customer'
-- $7 = 'fct_order_scan'
-- $8 = 'fct_orders'
-- $9 = 'fct_product_days'
-- rebuild: adopt positions
INSERT INTO "starling".positions (model, input, seqs, updated_at, run_id) SELECT model, input, seqs, updated_at, $1::bigint FROM "starling__rebuild".positions WHERE model IN ($2, $3, $4, $5, $6, $7, $8, $9);
-- $1 = '6'
-- $2 = 'dim_customers'
-- $3 = 'dim_date'
-- $4 = 'dim_products'
-- $5 = 'fct_customer_totals'
-- $6 = 'fct_daily_customer'
-- $7 = 'fct_order_scan'
-- $8 = 'fct_orders'
-- $9 = 'fct_product_days'
-- rebuild: adopt built periods
INSERT INTO "starling".built_periods (model, period_start, period_end, built_at, run_id, row_count) SELECT model, period_start, period_end, built_at, $1::bigint, row_count FROM "starling__rebuild".built_periods WHERE model IN ($2, $3, $4, $5, $6, $7, $8, $9);
-- $1 = '6'
-- $2 = 'dim_customers'
-- $3 = 'dim_date'
-- $4 = 'dim_products'
-- $5 = 'fct_customer_totals'
-- $6 = 'fct_daily_customer'
-- $7 = 'fct_order_scan'
-- $8 = 'fct_orders'
-- $9 = 'fct_product_days'
-- rebuild: adopt models
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, created_at, built_at, updated_at) SELECT model, kind, $1 || '.' || model, fingerprint, shape, definition, created_at, built_at, updated_at FROM "starling__rebuild".models WHERE model IN ($2, $3, $4, $5, $6, $7, $8, $9);
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- $3 = 'dim_date'
-- $4 = 'dim_products'
-- $5 = 'fct_customer_totals'
-- $6 = 'fct_daily_customer'
-- $7 = 'fct_order_scan'
-- $8 = 'fct_orders'
-- $9 = 'fct_product_days'
-- rebuild: record model runs
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) SELECT $1::bigint, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error FROM "starling__rebuild".model_runs WHERE model IN ($2, $3, $4, $5, $6, $7, $8, $9);
-- $1 = '6'
-- $2 = 'dim_customers'
-- $3 = 'dim_date'
-- $4 = 'dim_products'
-- $5 = 'fct_customer_totals'
-- $6 = 'fct_daily_customer'
-- $7 = 'fct_order_scan'
-- $8 = 'fct_orders'
-- $9 = 'fct_product_days'
-- drop schema warehouse__rebuild
DROP SCHEMA IF EXISTS "warehouse__rebuild" CASCADE;
-- drop schema starling__rebuild
DROP SCHEMA IF EXISTS "starling__rebuild" CASCADE;
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- renew run lock
UPDATE "starling".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + INTERVAL '600 seconds' WHERE token = $1;
-- $1 = '<token>'
-- finish run
UPDATE "starling".runs SET finished_at = CAST(GETDATE() AS TIMESTAMPTZ), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '6'
-- $2 = 'success'
-- $3 = NULL
COMMIT
BEGIN
-- run lock
LOCK "starling".run_lock;
-- give up run lock
DELETE FROM "starling".run_lock WHERE token = $1;
-- $1 = '<token>'
COMMIT
