======== run 1: first build (now 2026-03-10 09:00:00 UTC) ========
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '133073438798454460'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- meta schema version
SELECT to_regclass($1) IS NOT NULL;
-- $1 = '"starling".meta_version'
BEGIN
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling";
-- meta_version
CREATE TABLE "starling".meta_version (version integer NOT NULL, upgraded_at timestamptz NOT NULL DEFAULT now());
-- runs
CREATE TABLE "starling".runs (
  run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  command text NOT NULL,
  target text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL DEFAULT 'running',
  starling_version text NOT NULL,
  arguments text,
  error text
);
-- model_runs
CREATE TABLE "starling".model_runs (
  run_id bigint NOT NULL REFERENCES "starling".runs (run_id),
  model text NOT NULL,
  status text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  duration_ms bigint,
  rows_inserted bigint NOT NULL DEFAULT 0,
  rows_updated bigint NOT NULL DEFAULT 0,
  rows_deleted bigint NOT NULL DEFAULT 0,
  periods_built integer NOT NULL DEFAULT 0,
  message text,
  error text,
  PRIMARY KEY (run_id, model)
);
-- built_periods
CREATE TABLE "starling".built_periods (
  model text NOT NULL,
  period_start timestamp NOT NULL,
  period_end timestamp NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  row_count bigint,
  PRIMARY KEY (model, period_start)
);
-- watermarks
CREATE TABLE "starling".watermarks (
  model text NOT NULL,
  source text NOT NULL,
  value timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  PRIMARY KEY (model, source)
);
-- models
CREATE TABLE "starling".models (
  model text PRIMARY KEY,
  kind text NOT NULL,
  table_name text NOT NULL,
  fingerprint text NOT NULL,
  shape text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  built_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- source_freshness
CREATE TABLE "starling".source_freshness (
  check_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id bigint,
  source text NOT NULL,
  table_name text NOT NULL,
  checked_at timestamptz NOT NULL DEFAULT now(),
  max_loaded_at timestamptz,
  lag_seconds bigint,
  warn_after_seconds bigint,
  error_after_seconds bigint,
  status text NOT NULL,
  message text
);
-- source_freshness index
CREATE INDEX source_freshness_by_table ON "starling".source_freshness (source, table_name, checked_at DESC);
-- schema_migrations
CREATE TABLE "starling".schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  file text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms bigint,
  run_id bigint
);
-- repeatable_migrations
CREATE TABLE "starling".repeatable_migrations (
  name text PRIMARY KEY,
  file text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms bigint,
  run_id bigint
);
-- loads
CREATE TABLE "starling".loads (
  load_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id bigint,
  source text NOT NULL,
  table_name text NOT NULL,
  file text NOT NULL,
  checksum text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL,
  rows_in bigint NOT NULL DEFAULT 0,
  rows_loaded bigint NOT NULL DEFAULT 0,
  rows_skipped bigint NOT NULL DEFAULT 0,
  rows_rejected bigint NOT NULL DEFAULT 0,
  error text
);
-- rejected_rows
CREATE TABLE "starling".rejected_rows (
  load_id bigint NOT NULL REFERENCES "starling".loads (load_id),
  line bigint NOT NULL,
  reason text NOT NULL,
  raw text
);
-- pipeline_health
CREATE VIEW "starling".pipeline_health AS
WITH latest_check AS (
  SELECT DISTINCT ON (source, table_name) *
  FROM "starling".source_freshness
  ORDER BY source, table_name, checked_at DESC
), last_model_run AS (
  SELECT DISTINCT ON (mr.model) mr.model, mr.status, mr.finished_at, mr.error
  FROM "starling".model_runs mr
  WHERE mr.status <> 'running'
  ORDER BY mr.model, mr.started_at DESC
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling".model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT 'source'::text AS kind,
       c.source || '.' || c.table_name AS name,
       c.status,
       c.max_loaded_at AS last_success,
       c.lag_seconds,
       c.error_after_seconds AS threshold_seconds,
       c.message,
       c.checked_at AS checked_at
FROM latest_check c
UNION ALL
SELECT 'model'::text AS kind,
       mo.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       CAST(extract(epoch FROM now() - ls.finished_at) AS bigint) AS lag_seconds,
       NULL::bigint AS threshold_seconds,
       lr.error AS message,
       lr.finished_at AS checked_at
FROM "starling".models mo
LEFT JOIN last_model_run lr ON lr.model = mo.model
LEFT JOIN last_success ls ON ls.model = mo.model;
-- meta schema version
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '1'
COMMIT
BEGIN
-- pipeline_health (old)
DROP VIEW "starling".pipeline_health;
-- pipeline_health
CREATE VIEW "starling".pipeline_health AS
WITH latest_check AS (
  SELECT DISTINCT ON (source, table_name) *
  FROM "starling".source_freshness
  ORDER BY source, table_name, checked_at DESC, check_id DESC
), source_now AS (
  SELECT c.*,
         greatest(0, CAST(extract(epoch FROM now() - c.max_loaded_at) AS bigint)) AS lag_now
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
  SELECT DISTINCT ON (mr.model) mr.model, mr.status, mr.finished_at, mr.error, mr.message
  FROM "starling".model_runs mr
  WHERE mr.status <> 'running'
  ORDER BY mr.model, mr.run_id DESC
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling".model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT 'source'::text AS kind,
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
SELECT 'model'::text AS kind,
       n.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            WHEN lr.status = 'skipped' THEN 'warn'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       CAST(extract(epoch FROM now() - ls.finished_at) AS bigint) AS lag_seconds,
       NULL::bigint AS threshold_seconds,
       NULL::bigint AS warn_after_seconds,
       NULL::bigint AS error_after_seconds,
       coalesce(lr.error, lr.message) AS message,
       lr.finished_at AS checked_at
FROM model_names n
LEFT JOIN last_model_run lr ON lr.model = n.model
LEFT JOIN last_success ls ON ls.model = n.model
ORDER BY kind DESC, name;
-- meta schema version
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '2'
COMMIT
BEGIN
-- models.definition
ALTER TABLE "starling".models ADD COLUMN definition text;
-- meta schema version
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '3'
COMMIT
BEGIN
-- inputs
CREATE TABLE "starling".inputs (
  input text PRIMARY KEY,
  shadow text NOT NULL,
  seq bigint NOT NULL,
  epoch bigint NOT NULL,
  open_rows bigint NOT NULL,
  high_water text,
  shape text NOT NULL,
  refreshed_run bigint,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);
-- positions
CREATE TABLE "starling".positions (
  model text NOT NULL,
  input text NOT NULL,
  seqs text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  PRIMARY KEY (model, input)
);
-- meta schema version
INSERT INTO "starling".meta_version (version) VALUES ($1::integer);
-- $1 = '4'
COMMIT
-- start run
INSERT INTO "starling".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) RETURNING run_id;
-- $1 = 'run'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '1'
-- $2 = 'interrupted: it ended without recording how (found by run 1)'
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
BEGIN
-- savepoint
SAVEPOINT starling_2;
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unique key of dim_customers
CREATE UNIQUE INDEX "dim_customers_unique" ON "warehouse"."dim_customers" ("customer_id");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unknown member of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::bigint, $3::varchar(40), $4::varchar(20), $5::date, $6::boolean) ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_dim_customers";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking stage rows of dim_customers
CREATE TEMP TABLE "_stage_dim_customers" ON COMMIT DROP AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src WITH NO DATA;
-- $1 = '-infinity'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of the stage of dim_customers
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_dim_customers"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of dim_customers
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."dim_customers"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking upsert dim_customers
PREPARE starling_check AS WITH up AS (INSERT INTO "warehouse"."dim_customers" AS d ("customer_id", "name", "tier_label", "born", "is_inferred") SELECT "customer_id", "name", "tier_label", "born", false FROM "_stage_dim_customers" ON CONFLICT ("customer_id") DO UPDATE SET "name" = EXCLUDED."name", "tier_label" = EXCLUDED."tier_label", "born" = CASE WHEN d."is_inferred" THEN EXCLUDED."born" ELSE d."born" END, "is_inferred" = false WHERE d."is_inferred" OR (d."name", d."tier_label") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."tier_label") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking refresh always-columns of dim_customers
PREPARE starling_check AS UPDATE "warehouse"."dim_customers" AS d SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE d."customer_id" = s."customer_id" AND d."tier_label" IS DISTINCT FROM s."tier_label";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking test not_null name
PREPARE starling_check AS SELECT count(*) FROM "warehouse"."dim_customers" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" AND (t."name" IS NULL);
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking high water of app.customers
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
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
-- drop versions of app.customers
DROP TABLE IF EXISTS "starling"."shadow_app_customers";
-- versions of app.customers
CREATE TABLE "starling"."shadow_app_customers" AS SELECT *, CAST(1 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "app"."customers";
-- index of the versions of app.customers
CREATE INDEX ON "starling"."shadow_app_customers" ("id");
-- index of the versions of app.customers by refresh
CREATE INDEX "shadow_app_customers_from" ON "starling"."shadow_app_customers" (_starling_from);
-- index of the versions of app.customers by the refresh that closed them
CREATE INDEX "shadow_app_customers_to" ON "starling"."shadow_app_customers" (_starling_to) WHERE _starling_to IS NOT NULL;
-- statistics of the versions of app.customers
ANALYZE "starling"."shadow_app_customers";
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
CREATE TEMP TABLE "_stage_dim_customers" ON COMMIT DROP AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- upsert dim_customers
WITH up AS (INSERT INTO "warehouse"."dim_customers" AS d ("customer_id", "name", "tier_label", "born", "is_inferred") SELECT "customer_id", "name", "tier_label", "born", false FROM "_stage_dim_customers" ON CONFLICT ("customer_id") DO UPDATE SET "name" = EXCLUDED."name", "tier_label" = EXCLUDED."tier_label", "born" = CASE WHEN d."is_inferred" THEN EXCLUDED."born" ELSE d."born" END, "is_inferred" = false WHERE d."is_inferred" OR (d."name", d."tier_label") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."tier_label") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- refresh always-columns of dim_customers
UPDATE "warehouse"."dim_customers" AS d SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE d."customer_id" = s."customer_id" AND d."tier_label" IS DISTINCT FROM s."tier_label";
-- $1 = '-infinity'
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
-- watermark of dim_customers
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- savepoint
SAVEPOINT starling_2;
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking lookup key of dim_date
CREATE UNIQUE INDEX "dim_date_by_date" ON "warehouse"."dim_date" ("date");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unknown member of dim_date
PREPARE starling_check AS INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") OVERRIDING SYSTEM VALUE VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text) ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
ROLLBACK
-- watermarks of dim_date
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_date'
BEGIN
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
-- date rows of dim_date
INSERT INTO "warehouse"."dim_date" AS d ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text), ($17::integer, $18::date, $19::integer, $20::integer, $21::integer, $22::text, $23::integer, $24::integer, $25::text, $26::integer, $27::integer, $28::boolean, $29::integer, $30::integer, $31::boolean, $32::text), ($33::integer, $34::date, $35::integer, $36::integer, $37::integer, $38::text, $39::integer, $40::integer, $41::text, $42::integer, $43::integer, $44::boolean, $45::integer, $46::integer, $47::boolean, $48::text), ($49::integer, $50::date, $51::integer, $52::integer, $53::integer, $54::text, $55::integer, $56::integer, $57::text, $58::integer, $59::integer, $60::boolean, $61::integer, $62::integer, $63::boolean, $64::text), ($65::integer, $66::date, $67::integer, $68::integer, $69::integer, $70::text, $71::integer, $72::integer, $73::text, $74::integer, $75::integer, $76::boolean, $77::integer, $78::integer, $79::boolean, $80::text), ($81::integer, $82::date, $83::integer, $84::integer, $85::integer, $86::text, $87::integer, $88::integer, $89::text, $90::integer, $91::integer, $92::boolean, $93::integer, $94::integer, $95::boolean, $96::text), ($97::integer, $98::date, $99::integer, $100::integer, $101::integer, $102::text, $103::integer, $104::integer, $105::text, $106::integer, $107::integer, $108::boolean, $109::integer, $110::integer, $111::boolean, $112::text), ($113::integer, $114::date, $115::integer, $116::integer, $117::integer, $118::text, $119::integer, $120::integer, $121::text, $122::integer, $123::integer, $124::boolean, $125::integer, $126::integer, $127::boolean, $128::text), ($129::integer, $130::date, $131::integer, $132::integer, $133::integer, $134::text, $135::integer, $136::integer, $137::text, $138::integer, $139::integer, $140::boolean, $141::integer, $142::integer, $143::boolean, $144::text), ($145::integer, $146::date, $147::integer, $148::integer, $149::integer, $150::text, $151::integer, $152::integer, $153::text, $154::integer, $155::integer, $156::boolean, $157::integer, $158::integer, $159::boolean, $160::text), ($161::integer, $162::date, $163::integer, $164::integer, $165::integer, $166::text, $167::integer, $168::integer, $169::text, $170::integer, $171::integer, $172::boolean, $173::integer, $174::integer, $175::boolean, $176::text), ($177::integer, $178::date, $179::integer, $180::integer, $181::integer, $182::text, $183::integer, $184::integer, $185::text, $186::integer, $187::integer, $188::boolean, $189::integer, $190::integer, $191::boolean, $192::text), ($193::integer, $194::date, $195::integer, $196::integer, $197::integer, $198::text, $199::integer, $200::integer, $201::text, $202::integer, $203::integer, $204::boolean, $205::integer, $206::integer, $207::boolean, $208::text), ($209::integer, $210::date, $211::integer, $212::integer, $213::integer, $214::text, $215::integer, $216::integer, $217::text, $218::integer, $219::integer, $220::boolean, $221::integer, $222::integer, $223::boolean, $224::text), ($225::integer, $226::date, $227::integer, $228::integer, $229::integer, $230::text, $231::integer, $232::integer, $233::text, $234::integer, $235::integer, $236::boolean, $237::integer, $238::integer, $239::boolean, $240::text), ($241::integer, $242::date, $243::integer, $244::integer, $245::integer, $246::text, $247::integer, $248::integer, $249::text, $250::integer, $251::integer, $252::boolean, $253::integer, $254::integer, $255::boolean, $256::text), ($257::integer, $258::date, $259::integer, $260::integer, $261::integer, $262::text, $263::integer, $264::integer, $265::text, $266::integer, $267::integer, $268::boolean, $2 … (18193 more characters);
-- 1424 parameters
-- columns of warehouse.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- watermark of dim_date
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-10 00:00:00'
-- $4 = '1'
-- record model dim_date
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- savepoint
SAVEPOINT starling_2;
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking create table dim_products
CREATE TABLE "warehouse"."dim_products" (
  "product_sk" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
  "sku" varchar(10),
  "title" varchar(40),
  "price" numeric(10,2),
  "is_inferred" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("product_sk")
);
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unique key of dim_products
CREATE UNIQUE INDEX "dim_products_unique" ON "warehouse"."dim_products" ("sku");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unknown member of dim_products
PREPARE starling_check AS INSERT INTO "warehouse"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") OVERRIDING SYSTEM VALUE VALUES ($1::bigint, $2::varchar(10), $3::varchar(40), $4::numeric(10,2), $5::boolean) ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_dim_products";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking stage rows of dim_products
CREATE TEMP TABLE "_stage_dim_products" ON COMMIT DROP AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM "app"."products"
WHERE _loaded_at >= $1::timestamp
) AS src WITH NO DATA;
-- $1 = '-infinity'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of the stage of dim_products
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_dim_products"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of dim_products
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."dim_products"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking upsert dim_products
PREPARE starling_check AS WITH up AS (INSERT INTO "warehouse"."dim_products" AS d ("sku", "title", "price", "is_inferred") SELECT "sku", "title", "price", false FROM "_stage_dim_products" ON CONFLICT ("sku") DO UPDATE SET "title" = CASE WHEN d."is_inferred" THEN EXCLUDED."title" ELSE d."title" END, "price" = EXCLUDED."price", "is_inferred" = false WHERE d."is_inferred" OR d."price" IS DISTINCT FROM EXCLUDED."price" RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking high water of app.products
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
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
-- drop versions of app.products
DROP TABLE IF EXISTS "starling"."shadow_app_products";
-- versions of app.products
CREATE TABLE "starling"."shadow_app_products" AS SELECT *, CAST(1 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "app"."products";
-- index of the versions of app.products
CREATE INDEX ON "starling"."shadow_app_products" ("sku");
-- index of the versions of app.products by refresh
CREATE INDEX "shadow_app_products_from" ON "starling"."shadow_app_products" (_starling_from);
-- index of the versions of app.products by the refresh that closed them
CREATE INDEX "shadow_app_products_to" ON "starling"."shadow_app_products" (_starling_to) WHERE _starling_to IS NOT NULL;
-- statistics of the versions of app.products
ANALYZE "starling"."shadow_app_products";
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
CREATE TEMP TABLE "_stage_dim_products" ON COMMIT DROP AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "products"
WHERE _loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- upsert dim_products
WITH up AS (INSERT INTO "warehouse"."dim_products" AS d ("sku", "title", "price", "is_inferred") SELECT "sku", "title", "price", false FROM "_stage_dim_products" ON CONFLICT ("sku") DO UPDATE SET "title" = CASE WHEN d."is_inferred" THEN EXCLUDED."title" ELSE d."title" END, "price" = EXCLUDED."price", "is_inferred" = false WHERE d."is_inferred" OR d."price" IS DISTINCT FROM EXCLUDED."price" RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- columns of warehouse.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- columns of warehouse.fct_product_days
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_product_days'
-- watermark of dim_products
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- savepoint
SAVEPOINT starling_2;
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking create table fct_customer_totals
CREATE TABLE "warehouse"."fct_customer_totals" (
  "customer_sk" bigint NOT NULL,
  "orders" bigint,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" bigint
);
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unique key of fct_customer_totals
CREATE UNIQUE INDEX "fct_customer_totals_unique" ON "warehouse"."fct_customer_totals" ("customer_sk");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking index the rows of fct_customer_totals at the unknown member of dim_customers
CREATE INDEX IF NOT EXISTS "fct_customer_totals_customer_sk_unresolved" ON "warehouse"."fct_customer_totals" ("customer_sk_unresolved") WHERE "customer_sk" = -1;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
FROM "app"."orders"
GROUP BY 1
) AS src WITH NO DATA;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of the stage of fct_customer_totals
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_customer_totals"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of fct_customer_totals
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_customer_totals"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_customer_totals" WHERE "customer_id" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_customer_totals" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking delete rows of fct_customer_totals
PREPARE starling_check AS DELETE FROM "warehouse"."fct_customer_totals";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking insert fct_customer_totals
PREPARE starling_check AS INSERT INTO "warehouse"."fct_customer_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."orders" AS "orders", coalesce(s."amount", 0) AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_customer_totals" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" AND NOT r0."is_inferred";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
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
-- drop versions of app.orders
DROP TABLE IF EXISTS "starling"."shadow_app_orders";
-- versions of app.orders
CREATE TABLE "starling"."shadow_app_orders" AS SELECT *, CAST(1 AS bigint) AS _starling_from, CAST(NULL AS bigint) AS _starling_to FROM "app"."orders";
-- index of the versions of app.orders
CREATE INDEX ON "starling"."shadow_app_orders" ("id");
-- index of the versions of app.orders by refresh
CREATE INDEX "shadow_app_orders_from" ON "starling"."shadow_app_orders" (_starling_from);
-- index of the versions of app.orders by the refresh that closed them
CREATE INDEX "shadow_app_orders_to" ON "starling"."shadow_app_orders" (_starling_to) WHERE _starling_to IS NOT NULL;
-- statistics of the versions of app.orders
ANALYZE "starling"."shadow_app_orders";
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
-- create table fct_customer_totals
CREATE TABLE "warehouse"."fct_customer_totals" (
  "customer_sk" bigint NOT NULL,
  "orders" bigint,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" bigint
);
-- unique key of fct_customer_totals
CREATE UNIQUE INDEX "fct_customer_totals_unique" ON "warehouse"."fct_customer_totals" ("customer_sk");
-- index the rows of fct_customer_totals at the unknown member of dim_customers
CREATE INDEX IF NOT EXISTS "fct_customer_totals_customer_sk_unresolved" ON "warehouse"."fct_customer_totals" ("customer_sk_unresolved") WHERE "customer_sk" = -1;
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
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
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- savepoint
SAVEPOINT starling_2;
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unique key of fct_daily_customer
CREATE UNIQUE INDEX "fct_daily_customer_unique" ON "warehouse"."fct_daily_customer" ("customer_sk", "date_key");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking index of fct_daily_customer
CREATE INDEX "fct_daily_customer_by_day" ON "warehouse"."fct_daily_customer" ("day");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking index the rows of fct_daily_customer at the unknown member of dim_date
CREATE INDEX IF NOT EXISTS "fct_daily_customer_date_key_unresolved" ON "warehouse"."fct_daily_customer" ("date_key_unresolved") WHERE "date_key" = -1;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src WITH NO DATA;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of the stage of fct_daily_customer
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_daily_customer"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of fct_daily_customer
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_daily_customer"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking infer members of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check rows lie in their period
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking delete periods of fct_daily_customer
PREPARE starling_check AS DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking insert fct_daily_customer
PREPARE starling_check AS INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking upsert fct_daily_customer
PREPARE starling_check AS WITH up AS (INSERT INTO "warehouse"."fct_daily_customer" AS f ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date) ON CONFLICT ("customer_sk", "date_key") DO UPDATE SET "day" = EXCLUDED."day", "amount" = EXCLUDED."amount", "orders" = EXCLUDED."orders", "customer_orders" = EXCLUDED."customer_orders", "date_key_unresolved" = EXCLUDED."date_key_unresolved" WHERE (f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved") IS DISTINCT FROM (EXCLUDED."day", EXCLUDED."amount", EXCLUDED."orders", EXCLUDED."customer_orders", EXCLUDED."date_key_unresolved") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking refresh always-measures of fct_daily_customer
PREPARE starling_check AS UPDATE "warehouse"."fct_daily_customer" AS f SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date) OFFSET 0) AS x WHERE f."customer_sk" = x."customer_sk" AND f."date_key" = x."date_key" AND f."customer_orders" IS DISTINCT FROM x."customer_orders";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking densify fct_daily_customer
PREPARE starling_check AS INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking new members to densify in fct_daily_customer
PREPARE starling_check AS SELECT CAST(d."customer_id" AS text) FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 1;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking late periods from app.orders
PREPARE starling_check AS SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking changed grains from app.orders
PREPARE starling_check AS SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS'), CAST("customer_id" AS text) FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 1;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking changed grains from app.orders
PREPARE starling_check AS SELECT DISTINCT CAST("customer_id" AS text) FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 1;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
ROLLBACK
-- watermarks of fct_daily_customer
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- positions of fct_daily_customer
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_daily_customer'
BEGIN
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
-- index the rows of fct_daily_customer at the unknown member of dim_date
CREATE INDEX IF NOT EXISTS "fct_daily_customer_date_key_unresolved" ON "warehouse"."fct_daily_customer" ("date_key_unresolved") WHERE "date_key" = -1;
-- record model fct_daily_customer
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, updated_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-09 00:00:00'
-- $4 = '2026-03-10 00:00:00'
-- $5 = '2026-03-10 00:00:00'
-- $6 = '2026-03-11 00:00:00'
COMMIT
BEGIN
-- statistics of fct_daily_customer
ANALYZE "warehouse"."fct_daily_customer";
COMMIT
BEGIN
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- new members to densify in fct_daily_customer
SELECT CAST(d."customer_id" AS text) FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 100001;
-- $1 = '2026-03-01 00:00:00'
-- watermark of fct_daily_customer
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-10 09:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- savepoint
SAVEPOINT starling_2;
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking create table fct_order_scan
CREATE TABLE "warehouse"."fct_order_scan" (
  "customer_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "ordered_at" timestamptz,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unique key of fct_order_scan
CREATE UNIQUE INDEX "fct_order_scan_unique" ON "warehouse"."fct_order_scan" ("order_id");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" ON COMMIT DROP AS SELECT * FROM (SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp) AS src WITH NO DATA;
-- $1 = '-infinity'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of the stage of fct_order_scan
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_order_scan"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of fct_order_scan
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_order_scan"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking infer members of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking insert fct_order_scan
PREPARE starling_check AS INSERT INTO "warehouse"."fct_order_scan" ("customer_sk", "order_id", "ordered_at", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking upsert fct_order_scan
PREPARE starling_check AS WITH up AS (INSERT INTO "warehouse"."fct_order_scan" AS f ("customer_sk", "order_id", "ordered_at", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "ordered_at" = EXCLUDED."ordered_at", "amount" = EXCLUDED."amount" WHERE (f."customer_sk", f."ordered_at", f."amount") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."ordered_at", EXCLUDED."amount") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking delete rows gone from the source of fct_order_scan
PREPARE starling_check AS DELETE FROM "warehouse"."fct_order_scan" AS f WHERE NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x ("customer_sk", "order_id", "ordered_at", "amount") WHERE x."order_id" = f."order_id");
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
ROLLBACK
-- watermarks of fct_order_scan
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_order_scan'
-- positions of fct_order_scan
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_order_scan'
BEGIN
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
CREATE TEMP TABLE "_stage_fct_order_scan" ON COMMIT DROP AS SELECT * FROM (SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- upsert fct_order_scan
WITH up AS (INSERT INTO "warehouse"."fct_order_scan" AS f ("customer_sk", "order_id", "ordered_at", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "ordered_at" = EXCLUDED."ordered_at", "amount" = EXCLUDED."amount" WHERE (f."customer_sk", f."ordered_at", f."amount") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."ordered_at", EXCLUDED."amount") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- watermark of fct_order_scan
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- savepoint
SAVEPOINT starling_2;
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking create table fct_orders
CREATE TABLE "warehouse"."fct_orders" (
  "customer_sk" bigint NOT NULL,
  "product_sk" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_orders" bigint NOT NULL DEFAULT 0
);
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unique key of fct_orders
CREATE UNIQUE INDEX "fct_orders_unique" ON "warehouse"."fct_orders" ("order_id");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE o._loaded_at >= $1::timestamp
) AS src WITH NO DATA;
-- $1 = '-infinity'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of the stage of fct_orders
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_orders"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of fct_orders
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_orders"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking infer members of dim_customers
PREPARE starling_check AS INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking infer members of dim_products
PREPARE starling_check AS INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking insert fct_orders
PREPARE starling_check AS INSERT INTO "warehouse"."fct_orders" ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking upsert fct_orders
PREPARE starling_check AS WITH up AS (INSERT INTO "warehouse"."fct_orders" AS f ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "product_sk" = EXCLUDED."product_sk", "amount" = EXCLUDED."amount", "customer_orders" = EXCLUDED."customer_orders" WHERE (f."customer_sk", f."product_sk", f."amount", f."customer_orders") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."product_sk", EXCLUDED."amount", EXCLUDED."customer_orders") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking refresh always-measures of fct_orders
PREPARE starling_check AS UPDATE "warehouse"."fct_orders" AS f SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku" OFFSET 0) AS x WHERE f."order_id" = x."order_id" AND f."customer_orders" IS DISTINCT FROM x."customer_orders";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking test not_null order_id
PREPARE starling_check AS SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
ROLLBACK
-- watermarks of fct_orders
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_orders'
-- positions of fct_orders
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_orders'
BEGIN
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
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- upsert fct_orders
WITH up AS (INSERT INTO "warehouse"."fct_orders" AS f ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "product_sk" = EXCLUDED."product_sk", "amount" = EXCLUDED."amount", "customer_orders" = EXCLUDED."customer_orders" WHERE (f."customer_sk", f."product_sk", f."amount", f."customer_orders") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."product_sk", EXCLUDED."amount", EXCLUDED."customer_orders") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- refresh always-measures of fct_orders
UPDATE "warehouse"."fct_orders" AS f SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku" OFFSET 0) AS x WHERE f."order_id" = x."order_id" AND f."customer_orders" IS DISTINCT FROM x."customer_orders";
-- test not_null order_id
SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- savepoint
SAVEPOINT starling_2;
-- checking schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking create table fct_product_days
CREATE TABLE "warehouse"."fct_product_days" (
  "product_sk" bigint NOT NULL,
  "day" date NOT NULL,
  "amount" numeric(10,2) NOT NULL DEFAULT 0
);
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking unique key of fct_product_days
CREATE UNIQUE INDEX "fct_product_days_unique" ON "warehouse"."fct_product_days" ("product_sk", "day");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking index of fct_product_days
CREATE INDEX "fct_product_days_by_day" ON "warehouse"."fct_product_days" ("day");
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM "app"."orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src WITH NO DATA;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of the stage of fct_product_days
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"_stage_fct_product_days"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- columns of fct_product_days
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- $1 = '"warehouse"."fct_product_days"'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for NULL keys
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check for duplicate keys
PREPARE starling_check AS SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking infer members of dim_products
PREPARE starling_check AS INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking check rows lie in their period
PREPARE starling_check AS SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking delete periods of fct_product_days
PREPARE starling_check AS DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking insert fct_product_days
PREPARE starling_check AS INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking high water of app.orders
PREPARE starling_check AS SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- checking late periods from app.orders
PREPARE starling_check AS SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- deallocate
DEALLOCATE starling_check;
-- release savepoint
RELEASE SAVEPOINT starling_2;
ROLLBACK
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
-- positions of fct_product_days
SELECT input, seqs FROM "starling".positions WHERE model = $1;
-- $1 = 'fct_product_days'
BEGIN
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, updated_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-11 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint), ($1, $11::timestamp, $12::timestamp, $2::bigint), ($1, $13::timestamp, $14::timestamp, $2::bigint), ($1, $15::timestamp, $16::timestamp, $2::bigint), ($1, $17::timestamp, $18::timestamp, $2::bigint), ($1, $19::timestamp, $20::timestamp, $2::bigint), ($1, $21::timestamp, $22::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- statistics of fct_product_days
ANALYZE "warehouse"."fct_product_days";
COMMIT
BEGIN
-- watermark of fct_product_days
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- finish run
UPDATE "starling".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '1'
-- $2 = 'success'
-- $3 = NULL
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '133073438798454460'

======== run 2: updates, new members, late rows, an additive change (now 2026-03-11 09:30:00 UTC) ========
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '133073438798454460'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- meta schema version
SELECT to_regclass($1) IS NOT NULL;
-- $1 = '"starling".meta_version'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
-- start run
INSERT INTO "starling".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) RETURNING run_id;
-- $1 = 'run'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '2'
-- $2 = 'interrupted: it ended without recording how (found by run 2)'
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
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
-- exists starling.shadow_app_customers_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_customers_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.customers that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-10 08:00:00'
-- changed rows of app.customers
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_customers" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."name", s."tier", s."born", s."_loaded_at") IS DISTINCT FROM (c."id", c."name", c."tier", c."born", c."_loaded_at")));
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
CREATE TEMP TABLE "_stage_dim_customers" ON COMMIT DROP AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born", (length(name)) AS "name_length" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- upsert dim_customers
WITH up AS (INSERT INTO "warehouse"."dim_customers" AS d ("customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT "customer_id", "name", "tier_label", "born", "name_length", false FROM "_stage_dim_customers" ON CONFLICT ("customer_id") DO UPDATE SET "name" = EXCLUDED."name", "tier_label" = EXCLUDED."tier_label", "born" = CASE WHEN d."is_inferred" THEN EXCLUDED."born" ELSE d."born" END, "name_length" = EXCLUDED."name_length", "is_inferred" = false WHERE d."is_inferred" OR (d."name", d."tier_label", d."name_length") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."tier_label", EXCLUDED."name_length") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- refresh always-columns of dim_customers
UPDATE "warehouse"."dim_customers" AS d SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE d."customer_id" = s."customer_id" AND d."tier_label" IS DISTINCT FROM s."tier_label";
-- $1 = '-infinity'
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
-- watermark of dim_customers
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- date rows of dim_date
INSERT INTO "warehouse"."dim_date" AS d ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text), ($17::integer, $18::date, $19::integer, $20::integer, $21::integer, $22::text, $23::integer, $24::integer, $25::text, $26::integer, $27::integer, $28::boolean, $29::integer, $30::integer, $31::boolean, $32::text), ($33::integer, $34::date, $35::integer, $36::integer, $37::integer, $38::text, $39::integer, $40::integer, $41::text, $42::integer, $43::integer, $44::boolean, $45::integer, $46::integer, $47::boolean, $48::text), ($49::integer, $50::date, $51::integer, $52::integer, $53::integer, $54::text, $55::integer, $56::integer, $57::text, $58::integer, $59::integer, $60::boolean, $61::integer, $62::integer, $63::boolean, $64::text), ($65::integer, $66::date, $67::integer, $68::integer, $69::integer, $70::text, $71::integer, $72::integer, $73::text, $74::integer, $75::integer, $76::boolean, $77::integer, $78::integer, $79::boolean, $80::text), ($81::integer, $82::date, $83::integer, $84::integer, $85::integer, $86::text, $87::integer, $88::integer, $89::text, $90::integer, $91::integer, $92::boolean, $93::integer, $94::integer, $95::boolean, $96::text), ($97::integer, $98::date, $99::integer, $100::integer, $101::integer, $102::text, $103::integer, $104::integer, $105::text, $106::integer, $107::integer, $108::boolean, $109::integer, $110::integer, $111::boolean, $112::text), ($113::integer, $114::date, $115::integer, $116::integer, $117::integer, $118::text, $119::integer, $120::integer, $121::text, $122::integer, $123::integer, $124::boolean, $125::integer, $126::integer, $127::boolean, $128::text), ($129::integer, $130::date, $131::integer, $132::integer, $133::integer, $134::text, $135::integer, $136::integer, $137::text, $138::integer, $139::integer, $140::boolean, $141::integer, $142::integer, $143::boolean, $144::text), ($145::integer, $146::date, $147::integer, $148::integer, $149::integer, $150::text, $151::integer, $152::integer, $153::text, $154::integer, $155::integer, $156::boolean, $157::integer, $158::integer, $159::boolean, $160::text), ($161::integer, $162::date, $163::integer, $164::integer, $165::integer, $166::text, $167::integer, $168::integer, $169::text, $170::integer, $171::integer, $172::boolean, $173::integer, $174::integer, $175::boolean, $176::text), ($177::integer, $178::date, $179::integer, $180::integer, $181::integer, $182::text, $183::integer, $184::integer, $185::text, $186::integer, $187::integer, $188::boolean, $189::integer, $190::integer, $191::boolean, $192::text), ($193::integer, $194::date, $195::integer, $196::integer, $197::integer, $198::text, $199::integer, $200::integer, $201::text, $202::integer, $203::integer, $204::boolean, $205::integer, $206::integer, $207::boolean, $208::text), ($209::integer, $210::date, $211::integer, $212::integer, $213::integer, $214::text, $215::integer, $216::integer, $217::text, $218::integer, $219::integer, $220::boolean, $221::integer, $222::integer, $223::boolean, $224::text), ($225::integer, $226::date, $227::integer, $228::integer, $229::integer, $230::text, $231::integer, $232::integer, $233::text, $234::integer, $235::integer, $236::boolean, $237::integer, $238::integer, $239::boolean, $240::text), ($241::integer, $242::date, $243::integer, $244::integer, $245::integer, $246::text, $247::integer, $248::integer, $249::text, $250::integer, $251::integer, $252::boolean, $253::integer, $254::integer, $255::boolean, $256::text), ($257::integer, $258::date, $259::integer, $260::integer, $261::integer, $262::text, $263::integer, $264::integer, $265::text, $266::integer, $267::integer, $268::boolean, $2 … (18193 more characters);
-- 1424 parameters
-- watermark of dim_date
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-11 00:00:00'
-- $4 = '2'
-- record model dim_date
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- exists starling.shadow_app_products_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_products_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.products that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."products" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-10 08:00:00'
-- changed rows of app.products
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_products" AS s WHERE s._starling_to IS NULL AND s."sku" = c."sku" AND NOT ((s."sku", s."title", s."price", s."_loaded_at") IS DISTINCT FROM (c."sku", c."title", c."price", c."_loaded_at")));
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
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- savepoint
SAVEPOINT starling_2;
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.products since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by dim_products
SELECT DISTINCT CAST("sku" AS text) FROM (SELECT sku, title, price FROM (SELECT * FROM _starling_delta) AS "products"
WHERE _loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.products since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by dim_products
SELECT DISTINCT CAST("sku" AS text) FROM (SELECT sku, title, price FROM (SELECT * FROM _starling_delta) AS "products"
WHERE _loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_dim_products";
-- stage rows of dim_products
CREATE TEMP TABLE "_stage_dim_products" ON COMMIT DROP AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "products"
WHERE _loaded_at >= $1::timestamp
) AS src WHERE "sku" IN ('p1', 'p3');
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- upsert dim_products
WITH up AS (INSERT INTO "warehouse"."dim_products" AS d ("sku", "title", "price", "is_inferred") SELECT "sku", "title", "price", false FROM "_stage_dim_products" ON CONFLICT ("sku") DO UPDATE SET "title" = CASE WHEN d."is_inferred" THEN EXCLUDED."title" ELSE d."title" END, "price" = EXCLUDED."price", "is_inferred" = false WHERE d."is_inferred" OR d."price" IS DISTINCT FROM EXCLUDED."price" RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- columns of warehouse.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- columns of warehouse.fct_product_days
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'fct_product_days'
-- watermark of dim_products
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- exists starling.shadow_app_orders_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-10 08:00:00'
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."customer_id", s."sku", s."amount", s."ordered_at", s."_loaded_at") IS DISTINCT FROM (c."id", c."customer_id", c."sku", c."amount", c."ordered_at", c."_loaded_at")));
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
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
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, updated_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- statistics of fct_daily_customer
ANALYZE "warehouse"."fct_daily_customer";
COMMIT
BEGIN
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- new members to densify in fct_daily_customer
SELECT CAST(d."customer_id" AS text) FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 100001;
-- $1 = '2026-03-01 00:00:00'
-- watermark of fct_daily_customer
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '2'
-- watermark of fct_daily_customer
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- savepoint
SAVEPOINT starling_2;
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_order_scan
SELECT DISTINCT CAST((id) AS text) FROM (SELECT * FROM (SELECT * FROM _starling_delta) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_order_scan
SELECT DISTINCT CAST((id) AS text) FROM (SELECT * FROM (SELECT * FROM _starling_delta) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" ON COMMIT DROP AS SELECT * FROM (SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src WHERE (id) IN ('10', '15', '16');
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete rows gone from the changed grains of fct_order_scan
DELETE FROM "warehouse"."fct_order_scan" AS f WHERE f."order_id" IN ('10', '15', '16') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x ("customer_sk", "order_id", "ordered_at", "amount") WHERE x."order_id" = f."order_id");
-- upsert fct_order_scan
WITH up AS (INSERT INTO "warehouse"."fct_order_scan" AS f ("customer_sk", "order_id", "ordered_at", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "ordered_at" = EXCLUDED."ordered_at", "amount" = EXCLUDED."amount" WHERE (f."customer_sk", f."ordered_at", f."amount") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."ordered_at", EXCLUDED."amount") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- watermark of fct_order_scan
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- savepoint
SAVEPOINT starling_2;
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT CAST((id) AS text) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT CAST((id) AS text) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT CAST((id) AS text) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT CAST((id) AS text) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND (_starling_to IS NULL OR _starling_to > 1)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE o._loaded_at >= $1::timestamp
) AS src WHERE (id) IN ('10', '11', '12', '13', '14', '15', '16');
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete rows gone from the changed grains of fct_orders
DELETE FROM "warehouse"."fct_orders" AS f WHERE f."order_id" IN ('10', '11', '12', '13', '14', '15', '16') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") WHERE x."order_id" = f."order_id");
-- upsert fct_orders
WITH up AS (INSERT INTO "warehouse"."fct_orders" AS f ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "product_sk" = EXCLUDED."product_sk", "amount" = EXCLUDED."amount", "customer_orders" = EXCLUDED."customer_orders" WHERE (f."customer_sk", f."product_sk", f."amount", f."customer_orders") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."product_sk", EXCLUDED."amount", EXCLUDED."customer_orders") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- refresh always-measures of fct_orders
UPDATE "warehouse"."fct_orders" AS f SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku" OFFSET 0) AS x WHERE f."order_id" = x."order_id" AND f."customer_orders" IS DISTINCT FROM x."customer_orders";
-- test not_null order_id
SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 1 AND _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_product_days
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), CAST("sku" AS text) FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT * FROM _starling_delta) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 1
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 1 AND _starling_to > 1 AND _starling_to <= 2) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_product_days
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), CAST("sku" AS text) FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT * FROM _starling_delta) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
COMMIT
BEGIN
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint), ($1, $11::timestamp, $12::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- statistics of fct_product_days
ANALYZE "warehouse"."fct_product_days";
COMMIT
BEGIN
-- watermark of fct_product_days
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- finish run
UPDATE "starling".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '2'
-- $2 = 'success'
-- $3 = NULL
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '133073438798454460'

======== run 3: nothing new (now 2026-03-11 10:30:00 UTC) ========
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '133073438798454460'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- meta schema version
SELECT to_regclass($1) IS NOT NULL;
-- $1 = '"starling".meta_version'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
-- start run
INSERT INTO "starling".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) RETURNING run_id;
-- $1 = 'run'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '3'
-- $2 = 'interrupted: it ended without recording how (found by run 3)'
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
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
-- exists starling.shadow_app_customers_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_customers_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.customers that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
-- changed rows of app.customers
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_customers" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."name", s."tier", s."born", s."_loaded_at") IS DISTINCT FROM (c."id", c."name", c."tier", c."born", c."_loaded_at")));
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
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- upstream changes of dim_customers
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN (NULL) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'dim_customers'
-- watermark of dim_customers
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- record model dim_date
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- exists starling.shadow_app_products_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_products_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.products that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."products" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
-- changed rows of app.products
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_products" AS s WHERE s._starling_to IS NULL AND s."sku" = c."sku" AND NOT ((s."sku", s."title", s."price", s."_loaded_at") IS DISTINCT FROM (c."sku", c."title", c."price", c."_loaded_at")));
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
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- upstream changes of dim_products
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN (NULL) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'dim_products'
-- watermark of dim_products
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- exists starling.shadow_app_orders_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."customer_id", s."sku", s."amount", s."ordered_at", s."_loaded_at") IS DISTINCT FROM (c."id", c."customer_id", c."sku", c."amount", c."ordered_at", c."_loaded_at")));
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_customer_totals
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_customer_totals'
-- $2 = 'dim_customers'
-- watermark of fct_customer_totals
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- watermark of fct_daily_customer
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_order_scan
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_order_scan'
-- $2 = 'dim_customers'
-- watermark of fct_order_scan
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- upstream changes of fct_orders
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN ($2, $3) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'fct_orders'
-- $2 = 'dim_customers'
-- $3 = 'dim_products'
-- watermark of fct_orders
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- watermark of fct_product_days
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- finish run
UPDATE "starling".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '3'
-- $2 = 'success'
-- $3 = NULL
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '133073438798454460'

======== run 4: days missed, an update (now 2026-03-14 10:00:00 UTC) ========
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '133073438798454460'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- meta schema version
SELECT to_regclass($1) IS NOT NULL;
-- $1 = '"starling".meta_version'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
-- start run
INSERT INTO "starling".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) RETURNING run_id;
-- $1 = 'run'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '4'
-- $2 = 'interrupted: it ended without recording how (found by run 4)'
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
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
-- exists starling.shadow_app_customers_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_customers_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.customers that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
-- changed rows of app.customers
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_customers" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."name", s."tier", s."born", s."_loaded_at") IS DISTINCT FROM (c."id", c."name", c."tier", c."born", c."_loaded_at")));
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
-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";
-- upstream changes of dim_customers
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN (NULL) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'dim_customers'
-- watermark of dim_customers
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- date rows of dim_date
INSERT INTO "warehouse"."dim_date" AS d ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text), ($17::integer, $18::date, $19::integer, $20::integer, $21::integer, $22::text, $23::integer, $24::integer, $25::text, $26::integer, $27::integer, $28::boolean, $29::integer, $30::integer, $31::boolean, $32::text), ($33::integer, $34::date, $35::integer, $36::integer, $37::integer, $38::text, $39::integer, $40::integer, $41::text, $42::integer, $43::integer, $44::boolean, $45::integer, $46::integer, $47::boolean, $48::text), ($49::integer, $50::date, $51::integer, $52::integer, $53::integer, $54::text, $55::integer, $56::integer, $57::text, $58::integer, $59::integer, $60::boolean, $61::integer, $62::integer, $63::boolean, $64::text), ($65::integer, $66::date, $67::integer, $68::integer, $69::integer, $70::text, $71::integer, $72::integer, $73::text, $74::integer, $75::integer, $76::boolean, $77::integer, $78::integer, $79::boolean, $80::text), ($81::integer, $82::date, $83::integer, $84::integer, $85::integer, $86::text, $87::integer, $88::integer, $89::text, $90::integer, $91::integer, $92::boolean, $93::integer, $94::integer, $95::boolean, $96::text), ($97::integer, $98::date, $99::integer, $100::integer, $101::integer, $102::text, $103::integer, $104::integer, $105::text, $106::integer, $107::integer, $108::boolean, $109::integer, $110::integer, $111::boolean, $112::text), ($113::integer, $114::date, $115::integer, $116::integer, $117::integer, $118::text, $119::integer, $120::integer, $121::text, $122::integer, $123::integer, $124::boolean, $125::integer, $126::integer, $127::boolean, $128::text), ($129::integer, $130::date, $131::integer, $132::integer, $133::integer, $134::text, $135::integer, $136::integer, $137::text, $138::integer, $139::integer, $140::boolean, $141::integer, $142::integer, $143::boolean, $144::text), ($145::integer, $146::date, $147::integer, $148::integer, $149::integer, $150::text, $151::integer, $152::integer, $153::text, $154::integer, $155::integer, $156::boolean, $157::integer, $158::integer, $159::boolean, $160::text), ($161::integer, $162::date, $163::integer, $164::integer, $165::integer, $166::text, $167::integer, $168::integer, $169::text, $170::integer, $171::integer, $172::boolean, $173::integer, $174::integer, $175::boolean, $176::text), ($177::integer, $178::date, $179::integer, $180::integer, $181::integer, $182::text, $183::integer, $184::integer, $185::text, $186::integer, $187::integer, $188::boolean, $189::integer, $190::integer, $191::boolean, $192::text), ($193::integer, $194::date, $195::integer, $196::integer, $197::integer, $198::text, $199::integer, $200::integer, $201::text, $202::integer, $203::integer, $204::boolean, $205::integer, $206::integer, $207::boolean, $208::text), ($209::integer, $210::date, $211::integer, $212::integer, $213::integer, $214::text, $215::integer, $216::integer, $217::text, $218::integer, $219::integer, $220::boolean, $221::integer, $222::integer, $223::boolean, $224::text), ($225::integer, $226::date, $227::integer, $228::integer, $229::integer, $230::text, $231::integer, $232::integer, $233::text, $234::integer, $235::integer, $236::boolean, $237::integer, $238::integer, $239::boolean, $240::text), ($241::integer, $242::date, $243::integer, $244::integer, $245::integer, $246::text, $247::integer, $248::integer, $249::text, $250::integer, $251::integer, $252::boolean, $253::integer, $254::integer, $255::boolean, $256::text), ($257::integer, $258::date, $259::integer, $260::integer, $261::integer, $262::text, $263::integer, $264::integer, $265::text, $266::integer, $267::integer, $268::boolean, $2 … (18193 more characters);
-- 1424 parameters
-- watermark of dim_date
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '4'
-- record model dim_date
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- exists starling.shadow_app_products_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_products_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.products that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."products" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
-- changed rows of app.products
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_products" AS s WHERE s._starling_to IS NULL AND s."sku" = c."sku" AND NOT ((s."sku", s."title", s."price", s."_loaded_at") IS DISTINCT FROM (c."sku", c."title", c."price", c."_loaded_at")));
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
-- high water of app.products
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."products";
-- upstream changes of dim_products
SELECT coalesce((SELECT max(run_id) FROM "starling".model_runs WHERE model IN (NULL) AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) FROM "starling".model_runs WHERE model = $1 AND status = 'success'), false);
-- $1 = 'dim_products'
-- watermark of dim_products
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- exists starling.shadow_app_orders_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."customer_id", s."sku", s."amount", s."ordered_at", s."_loaded_at") IS DISTINCT FROM (c."id", c."customer_id", c."sku", c."amount", c."ordered_at", c."_loaded_at")));
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
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
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
SELECT DISTINCT to_char(date_trunc('day', "ordered_at"), 'YYYY-MM-DD HH24:MI:SS'), CAST("customer_id" AS text) FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2026-03-11 09:00:00'
BEGIN
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_daily_customer
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), CAST("customer_id" AS text) FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_daily_customer
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), CAST("customer_id" AS text) FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_daily_customer
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), CAST("customer_id" AS text) FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_daily_customer
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), CAST("customer_id" AS text) FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
COMMIT
BEGIN
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-12 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-12 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-12 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-12 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- statistics of fct_daily_customer
ANALYZE "warehouse"."fct_daily_customer";
COMMIT
BEGIN
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src WHERE (date_trunc('day', "day"), "customer_id") IN (('2026-03-02 00:00:00', '1'), ('2026-03-03 00:00:00', '2'), ('2026-03-04 00:00:00', '2'));
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete rows gone from the changed grains of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" AS f WHERE f."day" >= $1::timestamp AND f."day" < $2::timestamp AND ((date_trunc('day', f."day") = '2026-03-02 00:00:00' AND f."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('1'))) OR (date_trunc('day', f."day") = '2026-03-03 00:00:00' AND f."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('2'))) OR (date_trunc('day', f."day") = '2026-03-04 00:00:00' AND f."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('2')))) AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") WHERE x."customer_sk" = f."customer_sk" AND x."date_key" = f."date_key");
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- upsert fct_daily_customer
WITH up AS (INSERT INTO "warehouse"."fct_daily_customer" AS f ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date) ON CONFLICT ("customer_sk", "date_key") DO UPDATE SET "big_day" = EXCLUDED."big_day", "day" = EXCLUDED."day", "amount" = EXCLUDED."amount", "orders" = EXCLUDED."orders", "customer_orders" = EXCLUDED."customer_orders", "date_key_unresolved" = EXCLUDED."date_key_unresolved" WHERE (f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved") IS DISTINCT FROM (EXCLUDED."big_day", EXCLUDED."day", EXCLUDED."amount", EXCLUDED."orders", EXCLUDED."customer_orders", EXCLUDED."date_key_unresolved") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND d."customer_id" IN ('1', '2', '2') OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date) OFFSET 0);
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
COMMIT
BEGIN
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src WHERE (date_trunc('day', "day"), "customer_id") IN (('2026-03-07 00:00:00', '1'), ('2026-03-08 00:00:00', '99'), ('2026-03-09 00:00:00', '3'));
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-10 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-10 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete rows gone from the changed grains of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" AS f WHERE f."day" >= $1::timestamp AND f."day" < $2::timestamp AND ((date_trunc('day', f."day") = '2026-03-07 00:00:00' AND f."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('1'))) OR (date_trunc('day', f."day") = '2026-03-08 00:00:00' AND f."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('99'))) OR (date_trunc('day', f."day") = '2026-03-09 00:00:00' AND f."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('3')))) AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") WHERE x."customer_sk" = f."customer_sk" AND x."date_key" = f."date_key");
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-10 00:00:00'
-- upsert fct_daily_customer
WITH up AS (INSERT INTO "warehouse"."fct_daily_customer" AS f ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date) ON CONFLICT ("customer_sk", "date_key") DO UPDATE SET "big_day" = EXCLUDED."big_day", "day" = EXCLUDED."day", "amount" = EXCLUDED."amount", "orders" = EXCLUDED."orders", "customer_orders" = EXCLUDED."customer_orders", "date_key_unresolved" = EXCLUDED."date_key_unresolved" WHERE (f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved") IS DISTINCT FROM (EXCLUDED."big_day", EXCLUDED."day", EXCLUDED."amount", EXCLUDED."orders", EXCLUDED."customer_orders", EXCLUDED."date_key_unresolved") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND d."customer_id" IN ('1', '99', '3') OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date) OFFSET 0);
-- $1 = '2026-03-07 00:00:00'
-- $2 = '2026-03-10 00:00:00'
COMMIT
BEGIN
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src WHERE (date_trunc('day', "day"), "customer_id") IN (('2026-03-11 00:00:00', '4'));
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete rows gone from the changed grains of fct_daily_customer
DELETE FROM "warehouse"."fct_daily_customer" AS f WHERE f."day" >= $1::timestamp AND f."day" < $2::timestamp AND ((date_trunc('day', f."day") = '2026-03-11 00:00:00' AND f."customer_sk" IN (SELECT d."customer_sk" FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" IN ('4')))) AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date)) AS x ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") WHERE x."customer_sk" = f."customer_sk" AND x."date_key" = f."date_key");
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-12 00:00:00'
-- upsert fct_daily_customer
WITH up AS (INSERT INTO "warehouse"."fct_daily_customer" AS f ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date) ON CONFLICT ("customer_sk", "date_key") DO UPDATE SET "big_day" = EXCLUDED."big_day", "day" = EXCLUDED."day", "amount" = EXCLUDED."amount", "orders" = EXCLUDED."orders", "customer_orders" = EXCLUDED."customer_orders", "date_key_unresolved" = EXCLUDED."date_key_unresolved" WHERE (f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved") IS DISTINCT FROM (EXCLUDED."big_day", EXCLUDED."day", EXCLUDED."amount", EXCLUDED."orders", EXCLUDED."customer_orders", EXCLUDED."date_key_unresolved") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND d."customer_id" IN ('4') OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date) OFFSET 0);
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-12 00:00:00'
COMMIT
BEGIN
-- changed grains from app.orders
SELECT DISTINCT CAST("customer_id" AS text) FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2026-03-11 09:00:00'
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src WHERE "customer_id" IN ('1', '2', '3', '4');
-- $1 = '-infinity'
-- $2 = 'infinity'
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- refresh always-measures of fct_daily_customer
UPDATE "warehouse"."fct_daily_customer" AS f SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date) OFFSET 0) AS x WHERE f."customer_sk" = x."customer_sk" AND f."date_key" = x."date_key" AND f."customer_orders" IS DISTINCT FROM x."customer_orders";
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- members dim_customers wrote since
SELECT DISTINCT CAST((id) AS text) FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src ORDER BY 1 LIMIT 100001;
-- $1 = '2026-03-11 09:00:00'
-- densify fct_daily_customer
INSERT INTO "warehouse"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND d."customer_id" IN ('2', '4', '99') OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date) OFFSET 0);
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- watermark of fct_daily_customer
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '4'
-- watermark of fct_daily_customer
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- savepoint
SAVEPOINT starling_2;
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_order_scan
SELECT DISTINCT CAST((id) AS text) FROM (SELECT * FROM (SELECT * FROM _starling_delta) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_order_scan
SELECT DISTINCT CAST((id) AS text) FROM (SELECT * FROM (SELECT * FROM _starling_delta) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_scan";
-- stage rows of fct_order_scan
CREATE TEMP TABLE "_stage_fct_order_scan" ON COMMIT DROP AS SELECT * FROM (SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src WHERE (id) IN ('11', '17');
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete rows gone from the changed grains of fct_order_scan
DELETE FROM "warehouse"."fct_order_scan" AS f WHERE f."order_id" IN ('11', '17') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id") AS x ("customer_sk", "order_id", "ordered_at", "amount") WHERE x."order_id" = f."order_id");
-- upsert fct_order_scan
WITH up AS (INSERT INTO "warehouse"."fct_order_scan" AS f ("customer_sk", "order_id", "ordered_at", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "ordered_at" = EXCLUDED."ordered_at", "amount" = EXCLUDED."amount" WHERE (f."customer_sk", f."ordered_at", f."amount") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."ordered_at", EXCLUDED."amount") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- watermark of fct_order_scan
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- savepoint
SAVEPOINT starling_2;
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT CAST((id) AS text) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT CAST((id) AS text) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT * FROM _starling_delta) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT CAST((id) AS text) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_orders
SELECT DISTINCT CAST((id) AS text) FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT * FROM _starling_delta) o
WHERE o._loaded_at >= $1::timestamp
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= $1::timestamp
) AS src WHERE (id) IN ('10', '11', '12', '13', '14', '15', '16', '17');
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete rows gone from the changed grains of fct_orders
DELETE FROM "warehouse"."fct_orders" AS f WHERE f."order_id" IN ('10', '11', '12', '13', '14', '15', '16', '17') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku") AS x ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") WHERE x."order_id" = f."order_id");
-- upsert fct_orders
WITH up AS (INSERT INTO "warehouse"."fct_orders" AS f ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "product_sk" = EXCLUDED."product_sk", "amount" = EXCLUDED."amount", "customer_orders" = EXCLUDED."customer_orders" WHERE (f."customer_sk", f."product_sk", f."amount", f."customer_orders") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."product_sk", EXCLUDED."amount", EXCLUDED."customer_orders") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- infer members of dim_customers
INSERT INTO "warehouse"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- refresh always-measures of fct_orders
UPDATE "warehouse"."fct_orders" AS f SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse"."dim_products" AS r1 ON r1."sku" = s."sku" OFFSET 0) AS x WHERE f."order_id" = x."order_id" AND f."customer_orders" IS DISTINCT FROM x."customer_orders";
-- test not_null order_id
SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that came to app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from > 2 AND _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_product_days
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), CAST("sku" AS text) FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT * FROM _starling_delta) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
-- versions that went from app.orders since refresh 2
CREATE TEMP TABLE _starling_delta AS SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 2 AND _starling_to > 2 AND _starling_to <= 3) AS d;
-- changed rows
SELECT count(*) FROM _starling_delta;
-- grains touched by changes read by fct_product_days
SELECT DISTINCT to_char(date_trunc('day', "day"), 'YYYY-MM-DD HH24:MI:SS'), CAST("sku" AS text) FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT * FROM _starling_delta) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src LIMIT 100001;
-- $1 = '-infinity'
-- $2 = 'infinity'
-- drop changed rows
DROP TABLE IF EXISTS _starling_delta;
COMMIT
BEGIN
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-02 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-11 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- statistics of fct_product_days
ANALYZE "warehouse"."fct_product_days";
COMMIT
BEGIN
-- watermark of fct_product_days
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- finish run
UPDATE "starling".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '4'
-- $2 = 'success'
-- $3 = NULL
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '133073438798454460'

======== restate fct_product_days 2026-03-05 .. 2026-03-07 (now 2026-03-14 11:00:00 UTC) ========
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '133073438798454460'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- meta schema version
SELECT to_regclass($1) IS NOT NULL;
-- $1 = '"starling".meta_version'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
-- start run
INSERT INTO "starling".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) RETURNING run_id;
-- $1 = 'restate'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = 'fct_product_days --from 2026-03-05 --to 2026-03-07'
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '5'
-- $2 = 'interrupted: it ended without recording how (found by run 5)'
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- existing indexes
SELECT indexname FROM pg_indexes WHERE schemaname = $1;
-- $1 = 'warehouse'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
BEGIN
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
-- exists starling.shadow_app_orders_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-14 09:00:00'
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."customer_id", s."sku", s."amount", s."ordered_at", s."_loaded_at") IS DISTINCT FROM (c."id", c."customer_id", c."sku", c."amount", c."ordered_at", c."_loaded_at")));
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-08 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-08 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete periods of fct_product_days
DELETE FROM "warehouse"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-08 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days
INSERT INTO "starling".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- statistics of fct_product_days
ANALYZE "warehouse"."fct_product_days";
COMMIT
BEGIN
-- watermark of fct_product_days
INSERT INTO "starling".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- finish run
UPDATE "starling".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '5'
-- $2 = 'success'
-- $3 = NULL
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '133073438798454460'

======== verify (now 2026-03-14 11:10:00 UTC) ========
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '133073438798454460'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- drop schema warehouse__verify
DROP SCHEMA IF EXISTS "warehouse__verify" CASCADE;
-- drop schema starling__verify
DROP SCHEMA IF EXISTS "starling__verify" CASCADE;
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '785921615779162226'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- meta schema version
SELECT to_regclass($1) IS NOT NULL;
-- $1 = '"starling__verify".meta_version'
BEGIN
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling__verify";
-- meta_version
CREATE TABLE "starling__verify".meta_version (version integer NOT NULL, upgraded_at timestamptz NOT NULL DEFAULT now());
-- runs
CREATE TABLE "starling__verify".runs (
  run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  command text NOT NULL,
  target text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL DEFAULT 'running',
  starling_version text NOT NULL,
  arguments text,
  error text
);
-- model_runs
CREATE TABLE "starling__verify".model_runs (
  run_id bigint NOT NULL REFERENCES "starling__verify".runs (run_id),
  model text NOT NULL,
  status text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  duration_ms bigint,
  rows_inserted bigint NOT NULL DEFAULT 0,
  rows_updated bigint NOT NULL DEFAULT 0,
  rows_deleted bigint NOT NULL DEFAULT 0,
  periods_built integer NOT NULL DEFAULT 0,
  message text,
  error text,
  PRIMARY KEY (run_id, model)
);
-- built_periods
CREATE TABLE "starling__verify".built_periods (
  model text NOT NULL,
  period_start timestamp NOT NULL,
  period_end timestamp NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  row_count bigint,
  PRIMARY KEY (model, period_start)
);
-- watermarks
CREATE TABLE "starling__verify".watermarks (
  model text NOT NULL,
  source text NOT NULL,
  value timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  PRIMARY KEY (model, source)
);
-- models
CREATE TABLE "starling__verify".models (
  model text PRIMARY KEY,
  kind text NOT NULL,
  table_name text NOT NULL,
  fingerprint text NOT NULL,
  shape text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  built_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- source_freshness
CREATE TABLE "starling__verify".source_freshness (
  check_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id bigint,
  source text NOT NULL,
  table_name text NOT NULL,
  checked_at timestamptz NOT NULL DEFAULT now(),
  max_loaded_at timestamptz,
  lag_seconds bigint,
  warn_after_seconds bigint,
  error_after_seconds bigint,
  status text NOT NULL,
  message text
);
-- source_freshness index
CREATE INDEX source_freshness_by_table ON "starling__verify".source_freshness (source, table_name, checked_at DESC);
-- schema_migrations
CREATE TABLE "starling__verify".schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  file text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms bigint,
  run_id bigint
);
-- repeatable_migrations
CREATE TABLE "starling__verify".repeatable_migrations (
  name text PRIMARY KEY,
  file text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms bigint,
  run_id bigint
);
-- loads
CREATE TABLE "starling__verify".loads (
  load_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id bigint,
  source text NOT NULL,
  table_name text NOT NULL,
  file text NOT NULL,
  checksum text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL,
  rows_in bigint NOT NULL DEFAULT 0,
  rows_loaded bigint NOT NULL DEFAULT 0,
  rows_skipped bigint NOT NULL DEFAULT 0,
  rows_rejected bigint NOT NULL DEFAULT 0,
  error text
);
-- rejected_rows
CREATE TABLE "starling__verify".rejected_rows (
  load_id bigint NOT NULL REFERENCES "starling__verify".loads (load_id),
  line bigint NOT NULL,
  reason text NOT NULL,
  raw text
);
-- pipeline_health
CREATE VIEW "starling__verify".pipeline_health AS
WITH latest_check AS (
  SELECT DISTINCT ON (source, table_name) *
  FROM "starling__verify".source_freshness
  ORDER BY source, table_name, checked_at DESC
), last_model_run AS (
  SELECT DISTINCT ON (mr.model) mr.model, mr.status, mr.finished_at, mr.error
  FROM "starling__verify".model_runs mr
  WHERE mr.status <> 'running'
  ORDER BY mr.model, mr.started_at DESC
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling__verify".model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT 'source'::text AS kind,
       c.source || '.' || c.table_name AS name,
       c.status,
       c.max_loaded_at AS last_success,
       c.lag_seconds,
       c.error_after_seconds AS threshold_seconds,
       c.message,
       c.checked_at AS checked_at
FROM latest_check c
UNION ALL
SELECT 'model'::text AS kind,
       mo.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       CAST(extract(epoch FROM now() - ls.finished_at) AS bigint) AS lag_seconds,
       NULL::bigint AS threshold_seconds,
       lr.error AS message,
       lr.finished_at AS checked_at
FROM "starling__verify".models mo
LEFT JOIN last_model_run lr ON lr.model = mo.model
LEFT JOIN last_success ls ON ls.model = mo.model;
-- meta schema version
INSERT INTO "starling__verify".meta_version (version) VALUES ($1::integer);
-- $1 = '1'
COMMIT
BEGIN
-- pipeline_health (old)
DROP VIEW "starling__verify".pipeline_health;
-- pipeline_health
CREATE VIEW "starling__verify".pipeline_health AS
WITH latest_check AS (
  SELECT DISTINCT ON (source, table_name) *
  FROM "starling__verify".source_freshness
  ORDER BY source, table_name, checked_at DESC, check_id DESC
), source_now AS (
  SELECT c.*,
         greatest(0, CAST(extract(epoch FROM now() - c.max_loaded_at) AS bigint)) AS lag_now
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
  SELECT DISTINCT ON (mr.model) mr.model, mr.status, mr.finished_at, mr.error, mr.message
  FROM "starling__verify".model_runs mr
  WHERE mr.status <> 'running'
  ORDER BY mr.model, mr.run_id DESC
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling__verify".model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT 'source'::text AS kind,
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
SELECT 'model'::text AS kind,
       n.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            WHEN lr.status = 'skipped' THEN 'warn'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       CAST(extract(epoch FROM now() - ls.finished_at) AS bigint) AS lag_seconds,
       NULL::bigint AS threshold_seconds,
       NULL::bigint AS warn_after_seconds,
       NULL::bigint AS error_after_seconds,
       coalesce(lr.error, lr.message) AS message,
       lr.finished_at AS checked_at
FROM model_names n
LEFT JOIN last_model_run lr ON lr.model = n.model
LEFT JOIN last_success ls ON ls.model = n.model
ORDER BY kind DESC, name;
-- meta schema version
INSERT INTO "starling__verify".meta_version (version) VALUES ($1::integer);
-- $1 = '2'
COMMIT
BEGIN
-- models.definition
ALTER TABLE "starling__verify".models ADD COLUMN definition text;
-- meta schema version
INSERT INTO "starling__verify".meta_version (version) VALUES ($1::integer);
-- $1 = '3'
COMMIT
BEGIN
-- inputs
CREATE TABLE "starling__verify".inputs (
  input text PRIMARY KEY,
  shadow text NOT NULL,
  seq bigint NOT NULL,
  epoch bigint NOT NULL,
  open_rows bigint NOT NULL,
  high_water text,
  shape text NOT NULL,
  refreshed_run bigint,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);
-- positions
CREATE TABLE "starling__verify".positions (
  model text NOT NULL,
  input text NOT NULL,
  seqs text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  PRIMARY KEY (model, input)
);
-- meta schema version
INSERT INTO "starling__verify".meta_version (version) VALUES ($1::integer);
-- $1 = '4'
COMMIT
-- start run
INSERT INTO "starling__verify".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) RETURNING run_id;
-- $1 = 'verify'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = ''
-- close interrupted runs
UPDATE "starling__verify".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling__verify".runs r LEFT JOIN "starling__verify".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '1'
-- $2 = 'interrupted: it ended without recording how (found by run 1)'
-- schema warehouse__verify
CREATE SCHEMA IF NOT EXISTS "warehouse__verify";
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
CREATE TEMP TABLE "_stage_dim_customers" ON COMMIT DROP AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born", (length(name)) AS "name_length" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- columns of warehouse.dim_customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- history of dim_customers against its sources
SELECT sum(CASE WHEN s."customer_id" IS NOT NULL THEN 0 ELSE 1 END), sum(CASE WHEN s."customer_id" IS NOT NULL AND l."born" IS DISTINCT FROM s."born" THEN 1 ELSE 0 END) FROM "warehouse"."dim_customers" AS l LEFT JOIN "_stage_dim_customers" AS s ON l."customer_id" = s."customer_id" WHERE l."customer_sk" <> -1 AND NOT l."is_inferred";
-- carry the members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT l."customer_sk", l."customer_id", l."name", l."tier_label", l."born", l."name_length", l."is_inferred" FROM "warehouse"."dim_customers" AS l LEFT JOIN "_stage_dim_customers" AS s ON l."customer_id" = s."customer_id" WHERE l."customer_sk" <> -1;
-- new surrogate keys of dim_customers after the carried ones
SELECT setval(pg_get_serial_sequence($1, $2), (SELECT coalesce(max("customer_sk"), 0) + 1 FROM "warehouse__verify"."dim_customers" WHERE "customer_sk" > 0), false);
-- $1 = '"warehouse__verify"."dim_customers"'
-- $2 = 'customer_sk'
-- upsert dim_customers
WITH up AS (INSERT INTO "warehouse__verify"."dim_customers" AS d ("customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT "customer_id", "name", "tier_label", "born", "name_length", false FROM "_stage_dim_customers" ON CONFLICT ("customer_id") DO UPDATE SET "name" = EXCLUDED."name", "tier_label" = EXCLUDED."tier_label", "born" = CASE WHEN d."is_inferred" THEN EXCLUDED."born" ELSE d."born" END, "name_length" = EXCLUDED."name_length", "is_inferred" = false WHERE d."is_inferred" OR (d."name", d."tier_label", d."name_length") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."tier_label", EXCLUDED."name_length") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- refresh always-columns of dim_customers
UPDATE "warehouse__verify"."dim_customers" AS d SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE d."customer_id" = s."customer_id" AND d."tier_label" IS DISTINCT FROM s."tier_label";
-- $1 = '-infinity'
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
-- watermark of dim_customers
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'dim_customers'
-- $2 = 'app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- record model dim_customers
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- date rows of dim_date
INSERT INTO "warehouse__verify"."dim_date" AS d ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text), ($17::integer, $18::date, $19::integer, $20::integer, $21::integer, $22::text, $23::integer, $24::integer, $25::text, $26::integer, $27::integer, $28::boolean, $29::integer, $30::integer, $31::boolean, $32::text), ($33::integer, $34::date, $35::integer, $36::integer, $37::integer, $38::text, $39::integer, $40::integer, $41::text, $42::integer, $43::integer, $44::boolean, $45::integer, $46::integer, $47::boolean, $48::text), ($49::integer, $50::date, $51::integer, $52::integer, $53::integer, $54::text, $55::integer, $56::integer, $57::text, $58::integer, $59::integer, $60::boolean, $61::integer, $62::integer, $63::boolean, $64::text), ($65::integer, $66::date, $67::integer, $68::integer, $69::integer, $70::text, $71::integer, $72::integer, $73::text, $74::integer, $75::integer, $76::boolean, $77::integer, $78::integer, $79::boolean, $80::text), ($81::integer, $82::date, $83::integer, $84::integer, $85::integer, $86::text, $87::integer, $88::integer, $89::text, $90::integer, $91::integer, $92::boolean, $93::integer, $94::integer, $95::boolean, $96::text), ($97::integer, $98::date, $99::integer, $100::integer, $101::integer, $102::text, $103::integer, $104::integer, $105::text, $106::integer, $107::integer, $108::boolean, $109::integer, $110::integer, $111::boolean, $112::text), ($113::integer, $114::date, $115::integer, $116::integer, $117::integer, $118::text, $119::integer, $120::integer, $121::text, $122::integer, $123::integer, $124::boolean, $125::integer, $126::integer, $127::boolean, $128::text), ($129::integer, $130::date, $131::integer, $132::integer, $133::integer, $134::text, $135::integer, $136::integer, $137::text, $138::integer, $139::integer, $140::boolean, $141::integer, $142::integer, $143::boolean, $144::text), ($145::integer, $146::date, $147::integer, $148::integer, $149::integer, $150::text, $151::integer, $152::integer, $153::text, $154::integer, $155::integer, $156::boolean, $157::integer, $158::integer, $159::boolean, $160::text), ($161::integer, $162::date, $163::integer, $164::integer, $165::integer, $166::text, $167::integer, $168::integer, $169::text, $170::integer, $171::integer, $172::boolean, $173::integer, $174::integer, $175::boolean, $176::text), ($177::integer, $178::date, $179::integer, $180::integer, $181::integer, $182::text, $183::integer, $184::integer, $185::text, $186::integer, $187::integer, $188::boolean, $189::integer, $190::integer, $191::boolean, $192::text), ($193::integer, $194::date, $195::integer, $196::integer, $197::integer, $198::text, $199::integer, $200::integer, $201::text, $202::integer, $203::integer, $204::boolean, $205::integer, $206::integer, $207::boolean, $208::text), ($209::integer, $210::date, $211::integer, $212::integer, $213::integer, $214::text, $215::integer, $216::integer, $217::text, $218::integer, $219::integer, $220::boolean, $221::integer, $222::integer, $223::boolean, $224::text), ($225::integer, $226::date, $227::integer, $228::integer, $229::integer, $230::text, $231::integer, $232::integer, $233::text, $234::integer, $235::integer, $236::boolean, $237::integer, $238::integer, $239::boolean, $240::text), ($241::integer, $242::date, $243::integer, $244::integer, $245::integer, $246::text, $247::integer, $248::integer, $249::text, $250::integer, $251::integer, $252::boolean, $253::integer, $254::integer, $255::boolean, $256::text), ($257::integer, $258::date, $259::integer, $260::integer, $261::integer, $262::text, $263::integer, $264::integer, $265::text, $266::integer, $267::integer, $268::boo … (18201 more characters);
-- 1424 parameters
-- columns of warehouse__verify.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_daily_customer'
-- watermark of dim_date
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '1'
-- record model dim_date
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
CREATE TEMP TABLE "_stage_dim_products" ON COMMIT DROP AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM "app"."products"
WHERE _loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- columns of warehouse.dim_products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'dim_products'
-- history of dim_products against its sources
SELECT sum(CASE WHEN s."sku" IS NOT NULL THEN 0 ELSE 1 END), sum(CASE WHEN s."sku" IS NOT NULL AND l."title" IS DISTINCT FROM s."title" THEN 1 ELSE 0 END) FROM "warehouse"."dim_products" AS l LEFT JOIN "_stage_dim_products" AS s ON l."sku" = s."sku" WHERE l."product_sk" <> -1 AND NOT l."is_inferred";
-- carry the members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT l."product_sk", l."sku", l."title", l."price", l."is_inferred" FROM "warehouse"."dim_products" AS l LEFT JOIN "_stage_dim_products" AS s ON l."sku" = s."sku" WHERE l."product_sk" <> -1;
-- new surrogate keys of dim_products after the carried ones
SELECT setval(pg_get_serial_sequence($1, $2), (SELECT coalesce(max("product_sk"), 0) + 1 FROM "warehouse__verify"."dim_products" WHERE "product_sk" > 0), false);
-- $1 = '"warehouse__verify"."dim_products"'
-- $2 = 'product_sk'
-- upsert dim_products
WITH up AS (INSERT INTO "warehouse__verify"."dim_products" AS d ("sku", "title", "price", "is_inferred") SELECT "sku", "title", "price", false FROM "_stage_dim_products" ON CONFLICT ("sku") DO UPDATE SET "title" = CASE WHEN d."is_inferred" THEN EXCLUDED."title" ELSE d."title" END, "price" = EXCLUDED."price", "is_inferred" = false WHERE d."is_inferred" OR d."price" IS DISTINCT FROM EXCLUDED."price" RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- columns of warehouse__verify.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_orders'
-- columns of warehouse__verify.fct_product_days
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__verify'
-- $2 = 'fct_product_days'
-- watermark of dim_products
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'dim_products'
-- $2 = 'app.products'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- record model dim_products
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- create table fct_customer_totals
CREATE TABLE "warehouse__verify"."fct_customer_totals" (
  "customer_sk" bigint NOT NULL,
  "orders" bigint,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" bigint
);
-- unique key of fct_customer_totals
CREATE UNIQUE INDEX "fct_customer_totals_unique" ON "warehouse__verify"."fct_customer_totals" ("customer_sk");
-- index the rows of fct_customer_totals at the unknown member of dim_customers
CREATE INDEX IF NOT EXISTS "fct_customer_totals_customer_sk_unresolved" ON "warehouse__verify"."fct_customer_totals" ("customer_sk_unresolved") WHERE "customer_sk" = -1;
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
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
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_customer_totals'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_customer_totals
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- index the rows of fct_daily_customer at the unknown member of dim_date
CREATE INDEX IF NOT EXISTS "fct_daily_customer_date_key_unresolved" ON "warehouse__verify"."fct_daily_customer" ("date_key_unresolved") WHERE "date_key" = -1;
-- record model fct_daily_customer
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, updated_at = now();
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
COMMIT
BEGIN
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__verify"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse__verify"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__verify"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse__verify"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__verify"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse__verify"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__verify"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__verify"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse__verify"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-13 00:00:00'
-- $4 = '2026-03-14 00:00:00'
-- $5 = '2026-03-14 00:00:00'
-- $6 = '2026-03-15 00:00:00'
COMMIT
BEGIN
-- statistics of fct_daily_customer
ANALYZE "warehouse__verify"."fct_daily_customer";
COMMIT
BEGIN
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__verify".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- new members to densify in fct_daily_customer
SELECT CAST(d."customer_id" AS text) FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 100001;
-- $1 = '2026-03-01 00:00:00'
-- watermark of fct_daily_customer
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_daily_customer
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
CREATE TEMP TABLE "_stage_fct_order_scan" ON COMMIT DROP AS SELECT * FROM (SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- upsert fct_order_scan
WITH up AS (INSERT INTO "warehouse__verify"."fct_order_scan" AS f ("customer_sk", "order_id", "ordered_at", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "ordered_at" = EXCLUDED."ordered_at", "amount" = EXCLUDED."amount" WHERE (f."customer_sk", f."ordered_at", f."amount") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."ordered_at", EXCLUDED."amount") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- watermark of fct_order_scan
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_order_scan'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_order_scan
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- upsert fct_orders
WITH up AS (INSERT INTO "warehouse__verify"."fct_orders" AS f ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_products" AS r1 ON r1."sku" = s."sku" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "product_sk" = EXCLUDED."product_sk", "amount" = EXCLUDED."amount", "customer_orders" = EXCLUDED."customer_orders" WHERE (f."customer_sk", f."product_sk", f."amount", f."customer_orders") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."product_sk", EXCLUDED."amount", EXCLUDED."customer_orders") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- infer members of dim_customers
INSERT INTO "warehouse__verify"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- refresh always-measures of fct_orders
UPDATE "warehouse__verify"."fct_orders" AS f SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__verify"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__verify"."dim_products" AS r1 ON r1."sku" = s."sku" OFFSET 0) AS x WHERE f."order_id" = x."order_id" AND f."customer_orders" IS DISTINCT FROM x."customer_orders";
-- test not_null order_id
SELECT count(*) FROM "warehouse__verify"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_orders'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_orders
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, updated_at = now();
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
COMMIT
BEGIN
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM "app"."orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse__verify"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__verify"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete periods of fct_product_days
DELETE FROM "warehouse__verify"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse__verify"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse__verify"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days
INSERT INTO "starling__verify".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint), ($1, $11::timestamp, $12::timestamp, $2::bigint), ($1, $13::timestamp, $14::timestamp, $2::bigint), ($1, $15::timestamp, $16::timestamp, $2::bigint), ($1, $17::timestamp, $18::timestamp, $2::bigint), ($1, $19::timestamp, $20::timestamp, $2::bigint), ($1, $21::timestamp, $22::timestamp, $2::bigint), ($1, $23::timestamp, $24::timestamp, $2::bigint), ($1, $25::timestamp, $26::timestamp, $2::bigint), ($1, $27::timestamp, $28::timestamp, $2::bigint), ($1, $29::timestamp, $30::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- statistics of fct_product_days
ANALYZE "warehouse__verify"."fct_product_days";
COMMIT
BEGIN
-- watermark of fct_product_days
INSERT INTO "starling__verify".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_product_days'
-- $2 = 'app.orders'
-- $3 = '2026-03-14 10:00:00.000000'
-- $4 = '1'
-- record model fct_product_days
INSERT INTO "starling__verify".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__verify".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- finish run
UPDATE "starling__verify".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '1'
-- $2 = 'success'
-- $3 = NULL
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '785921615779162226'
-- compare dim_customers
SELECT (SELECT count(*) FROM (SELECT f."customer_id", f."name", f."tier_label", f."born", f."name_length", f."is_inferred" FROM "warehouse"."dim_customers" AS f EXCEPT ALL SELECT f."customer_id", f."name", f."tier_label", f."born", f."name_length", f."is_inferred" FROM "warehouse__verify"."dim_customers" AS f) AS x) + (SELECT count(*) FROM (SELECT f."customer_id", f."name", f."tier_label", f."born", f."name_length", f."is_inferred" FROM "warehouse__verify"."dim_customers" AS f EXCEPT ALL SELECT f."customer_id", f."name", f."tier_label", f."born", f."name_length", f."is_inferred" FROM "warehouse"."dim_customers" AS f) AS y);
-- compare dim_date
SELECT (SELECT count(*) FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f EXCEPT ALL SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS x) + (SELECT count(*) FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f EXCEPT ALL SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS y);
-- compare dim_products
SELECT (SELECT count(*) FROM (SELECT f."sku", f."title", f."price", f."is_inferred" FROM "warehouse"."dim_products" AS f EXCEPT ALL SELECT f."sku", f."title", f."price", f."is_inferred" FROM "warehouse__verify"."dim_products" AS f) AS x) + (SELECT count(*) FROM (SELECT f."sku", f."title", f."price", f."is_inferred" FROM "warehouse__verify"."dim_products" AS f EXCEPT ALL SELECT f."sku", f."title", f."price", f."is_inferred" FROM "warehouse"."dim_products" AS f) AS y);
-- compare fct_customer_totals
SELECT (SELECT count(*) FROM (SELECT (SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_customer_totals" AS f EXCEPT ALL SELECT (SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_customer_totals" AS f) AS x) + (SELECT count(*) FROM (SELECT (SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_customer_totals" AS f EXCEPT ALL SELECT (SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_customer_totals" AS f) AS y);
-- compare fct_daily_customer
SELECT (SELECT count(*) FROM (SELECT (SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."date_key", f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved" FROM "warehouse"."fct_daily_customer" AS f EXCEPT ALL SELECT (SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."date_key", f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_customer" AS f) AS x) + (SELECT count(*) FROM (SELECT (SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."date_key", f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_customer" AS f EXCEPT ALL SELECT (SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."date_key", f."big_day", f."day", f."amount", f."orders", f."customer_orders", f."date_key_unresolved" FROM "warehouse"."fct_daily_customer" AS f) AS y);
-- compare fct_order_scan
SELECT (SELECT count(*) FROM (SELECT (SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."order_id", f."ordered_at", f."amount" FROM "warehouse"."fct_order_scan" AS f EXCEPT ALL SELECT (SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."order_id", f."ordered_at", f."amount" FROM "warehouse__verify"."fct_order_scan" AS f) AS x) + (SELECT count(*) FROM (SELECT (SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."order_id", f."ordered_at", f."amount" FROM "warehouse__verify"."fct_order_scan" AS f EXCEPT ALL SELECT (SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", f."order_id", f."ordered_at", f."amount" FROM "warehouse"."fct_order_scan" AS f) AS y);
-- compare fct_orders
SELECT (SELECT count(*) FROM (SELECT (SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", (SELECT d."sku" FROM "warehouse"."dim_products" AS d WHERE d."product_sk" = f."product_sk") AS "product_sk", f."order_id", f."amount", f."customer_orders" FROM "warehouse"."fct_orders" AS f EXCEPT ALL SELECT (SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", (SELECT d."sku" FROM "warehouse__verify"."dim_products" AS d WHERE d."product_sk" = f."product_sk") AS "product_sk", f."order_id", f."amount", f."customer_orders" FROM "warehouse__verify"."fct_orders" AS f) AS x) + (SELECT count(*) FROM (SELECT (SELECT d."customer_id" FROM "warehouse__verify"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", (SELECT d."sku" FROM "warehouse__verify"."dim_products" AS d WHERE d."product_sk" = f."product_sk") AS "product_sk", f."order_id", f."amount", f."customer_orders" FROM "warehouse__verify"."fct_orders" AS f EXCEPT ALL SELECT (SELECT d."customer_id" FROM "warehouse"."dim_customers" AS d WHERE d."customer_sk" = f."customer_sk") AS "customer_sk", (SELECT d."sku" FROM "warehouse"."dim_products" AS d WHERE d."product_sk" = f."product_sk") AS "product_sk", f."order_id", f."amount", f."customer_orders" FROM "warehouse"."fct_orders" AS f) AS y);
-- compare fct_product_days
SELECT (SELECT count(*) FROM (SELECT (SELECT d."sku" FROM "warehouse"."dim_products" AS d WHERE d."product_sk" = f."product_sk") AS "product_sk", f."day", f."amount" FROM "warehouse"."fct_product_days" AS f EXCEPT ALL SELECT (SELECT d."sku" FROM "warehouse__verify"."dim_products" AS d WHERE d."product_sk" = f."product_sk") AS "product_sk", f."day", f."amount" FROM "warehouse__verify"."fct_product_days" AS f) AS x) + (SELECT count(*) FROM (SELECT (SELECT d."sku" FROM "warehouse__verify"."dim_products" AS d WHERE d."product_sk" = f."product_sk") AS "product_sk", f."day", f."amount" FROM "warehouse__verify"."fct_product_days" AS f EXCEPT ALL SELECT (SELECT d."sku" FROM "warehouse"."dim_products" AS d WHERE d."product_sk" = f."product_sk") AS "product_sk", f."day", f."amount" FROM "warehouse"."fct_product_days" AS f) AS y);
-- drop schema warehouse__verify
DROP SCHEMA IF EXISTS "warehouse__verify" CASCADE;
-- drop schema starling__verify
DROP SCHEMA IF EXISTS "starling__verify" CASCADE;
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '133073438798454460'

======== rebuild --all (now 2026-03-14 11:20:00 UTC) ========
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '133073438798454460'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- meta schema version
SELECT to_regclass($1) IS NOT NULL;
-- $1 = '"starling".meta_version'
-- meta schema version
SELECT max(version) FROM "starling".meta_version;
-- start run
INSERT INTO "starling".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) RETURNING run_id;
-- $1 = 'rebuild'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = '--all'
-- close interrupted runs
UPDATE "starling".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM (SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM "starling".runs r LEFT JOIN "starling".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < $1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id;
-- $1 = '6'
-- $2 = 'interrupted: it ended without recording how (found by run 6)'
-- recorded models
SELECT model, fingerprint, definition, built_at IS NOT NULL FROM "starling".models;
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
-- drop schema warehouse__rebuild
DROP SCHEMA IF EXISTS "warehouse__rebuild" CASCADE;
-- drop schema warehouse__retired
DROP SCHEMA IF EXISTS "warehouse__retired" CASCADE;
-- drop schema starling__rebuild
DROP SCHEMA IF EXISTS "starling__rebuild" CASCADE;
-- schema warehouse
CREATE SCHEMA IF NOT EXISTS "warehouse";
-- existing tables
SELECT table_name FROM information_schema.tables WHERE table_schema = $1;
-- $1 = 'warehouse'
BEGIN
-- session time zone
SELECT set_config('TimeZone', $1, false);
-- $1 = 'Europe/Berlin'
-- end the statements of a client that is gone
SELECT set_config('client_connection_check_interval', '1s', false) WHERE current_setting('server_version_num')::integer >= 140000;
-- run lock
SELECT pg_try_advisory_lock($1::bigint);
-- $1 = '883188376767507134'
-- name the run lock's holder
SELECT set_config('application_name', $1, false);
-- $1 = 'starling <pid>@<host>'
-- meta schema version
SELECT to_regclass($1) IS NOT NULL;
-- $1 = '"starling__rebuild".meta_version'
-- savepoint
SAVEPOINT starling_2;
-- meta schema
CREATE SCHEMA IF NOT EXISTS "starling__rebuild";
-- meta_version
CREATE TABLE "starling__rebuild".meta_version (version integer NOT NULL, upgraded_at timestamptz NOT NULL DEFAULT now());
-- runs
CREATE TABLE "starling__rebuild".runs (
  run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  command text NOT NULL,
  target text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL DEFAULT 'running',
  starling_version text NOT NULL,
  arguments text,
  error text
);
-- model_runs
CREATE TABLE "starling__rebuild".model_runs (
  run_id bigint NOT NULL REFERENCES "starling__rebuild".runs (run_id),
  model text NOT NULL,
  status text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  duration_ms bigint,
  rows_inserted bigint NOT NULL DEFAULT 0,
  rows_updated bigint NOT NULL DEFAULT 0,
  rows_deleted bigint NOT NULL DEFAULT 0,
  periods_built integer NOT NULL DEFAULT 0,
  message text,
  error text,
  PRIMARY KEY (run_id, model)
);
-- built_periods
CREATE TABLE "starling__rebuild".built_periods (
  model text NOT NULL,
  period_start timestamp NOT NULL,
  period_end timestamp NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  row_count bigint,
  PRIMARY KEY (model, period_start)
);
-- watermarks
CREATE TABLE "starling__rebuild".watermarks (
  model text NOT NULL,
  source text NOT NULL,
  value timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  PRIMARY KEY (model, source)
);
-- models
CREATE TABLE "starling__rebuild".models (
  model text PRIMARY KEY,
  kind text NOT NULL,
  table_name text NOT NULL,
  fingerprint text NOT NULL,
  shape text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  built_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- source_freshness
CREATE TABLE "starling__rebuild".source_freshness (
  check_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id bigint,
  source text NOT NULL,
  table_name text NOT NULL,
  checked_at timestamptz NOT NULL DEFAULT now(),
  max_loaded_at timestamptz,
  lag_seconds bigint,
  warn_after_seconds bigint,
  error_after_seconds bigint,
  status text NOT NULL,
  message text
);
-- source_freshness index
CREATE INDEX source_freshness_by_table ON "starling__rebuild".source_freshness (source, table_name, checked_at DESC);
-- schema_migrations
CREATE TABLE "starling__rebuild".schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  file text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms bigint,
  run_id bigint
);
-- repeatable_migrations
CREATE TABLE "starling__rebuild".repeatable_migrations (
  name text PRIMARY KEY,
  file text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  execution_ms bigint,
  run_id bigint
);
-- loads
CREATE TABLE "starling__rebuild".loads (
  load_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id bigint,
  source text NOT NULL,
  table_name text NOT NULL,
  file text NOT NULL,
  checksum text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL,
  rows_in bigint NOT NULL DEFAULT 0,
  rows_loaded bigint NOT NULL DEFAULT 0,
  rows_skipped bigint NOT NULL DEFAULT 0,
  rows_rejected bigint NOT NULL DEFAULT 0,
  error text
);
-- rejected_rows
CREATE TABLE "starling__rebuild".rejected_rows (
  load_id bigint NOT NULL REFERENCES "starling__rebuild".loads (load_id),
  line bigint NOT NULL,
  reason text NOT NULL,
  raw text
);
-- pipeline_health
CREATE VIEW "starling__rebuild".pipeline_health AS
WITH latest_check AS (
  SELECT DISTINCT ON (source, table_name) *
  FROM "starling__rebuild".source_freshness
  ORDER BY source, table_name, checked_at DESC
), last_model_run AS (
  SELECT DISTINCT ON (mr.model) mr.model, mr.status, mr.finished_at, mr.error
  FROM "starling__rebuild".model_runs mr
  WHERE mr.status <> 'running'
  ORDER BY mr.model, mr.started_at DESC
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling__rebuild".model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT 'source'::text AS kind,
       c.source || '.' || c.table_name AS name,
       c.status,
       c.max_loaded_at AS last_success,
       c.lag_seconds,
       c.error_after_seconds AS threshold_seconds,
       c.message,
       c.checked_at AS checked_at
FROM latest_check c
UNION ALL
SELECT 'model'::text AS kind,
       mo.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       CAST(extract(epoch FROM now() - ls.finished_at) AS bigint) AS lag_seconds,
       NULL::bigint AS threshold_seconds,
       lr.error AS message,
       lr.finished_at AS checked_at
FROM "starling__rebuild".models mo
LEFT JOIN last_model_run lr ON lr.model = mo.model
LEFT JOIN last_success ls ON ls.model = mo.model;
-- meta schema version
INSERT INTO "starling__rebuild".meta_version (version) VALUES ($1::integer);
-- $1 = '1'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- pipeline_health (old)
DROP VIEW "starling__rebuild".pipeline_health;
-- pipeline_health
CREATE VIEW "starling__rebuild".pipeline_health AS
WITH latest_check AS (
  SELECT DISTINCT ON (source, table_name) *
  FROM "starling__rebuild".source_freshness
  ORDER BY source, table_name, checked_at DESC, check_id DESC
), source_now AS (
  SELECT c.*,
         greatest(0, CAST(extract(epoch FROM now() - c.max_loaded_at) AS bigint)) AS lag_now
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
  SELECT DISTINCT ON (mr.model) mr.model, mr.status, mr.finished_at, mr.error, mr.message
  FROM "starling__rebuild".model_runs mr
  WHERE mr.status <> 'running'
  ORDER BY mr.model, mr.run_id DESC
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM "starling__rebuild".model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT 'source'::text AS kind,
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
SELECT 'model'::text AS kind,
       n.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            WHEN lr.status = 'skipped' THEN 'warn'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       CAST(extract(epoch FROM now() - ls.finished_at) AS bigint) AS lag_seconds,
       NULL::bigint AS threshold_seconds,
       NULL::bigint AS warn_after_seconds,
       NULL::bigint AS error_after_seconds,
       coalesce(lr.error, lr.message) AS message,
       lr.finished_at AS checked_at
FROM model_names n
LEFT JOIN last_model_run lr ON lr.model = n.model
LEFT JOIN last_success ls ON ls.model = n.model
ORDER BY kind DESC, name;
-- meta schema version
INSERT INTO "starling__rebuild".meta_version (version) VALUES ($1::integer);
-- $1 = '2'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- models.definition
ALTER TABLE "starling__rebuild".models ADD COLUMN definition text;
-- meta schema version
INSERT INTO "starling__rebuild".meta_version (version) VALUES ($1::integer);
-- $1 = '3'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- inputs
CREATE TABLE "starling__rebuild".inputs (
  input text PRIMARY KEY,
  shadow text NOT NULL,
  seq bigint NOT NULL,
  epoch bigint NOT NULL,
  open_rows bigint NOT NULL,
  high_water text,
  shape text NOT NULL,
  refreshed_run bigint,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);
-- positions
CREATE TABLE "starling__rebuild".positions (
  model text NOT NULL,
  input text NOT NULL,
  seqs text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  run_id bigint,
  PRIMARY KEY (model, input)
);
-- meta schema version
INSERT INTO "starling__rebuild".meta_version (version) VALUES ($1::integer);
-- $1 = '4'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- start run
INSERT INTO "starling__rebuild".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) RETURNING run_id;
-- $1 = 'rebuild'
-- $2 = 'test'
-- $3 = '0.1.0'
-- $4 = '--all'
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
-- savepoint
SAVEPOINT starling_2;
-- exists starling.shadow_app_customers_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_customers_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.customers that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
-- changed rows of app.customers
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_customers" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."name", s."tier", s."born", s."_loaded_at") IS DISTINCT FROM (c."id", c."name", c."tier", c."born", c."_loaded_at")));
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- positions of dim_customers
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'dim_customers'
-- savepoint
SAVEPOINT starling_2;
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
CREATE TEMP TABLE "_stage_dim_customers" ON COMMIT DROP AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "born" AS "born", (length(name)) AS "name_length" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customers" WHERE "customer_id" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customers" GROUP BY "customer_id" HAVING count(*) > 1) AS d;
-- columns of warehouse.dim_customers
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- history of dim_customers against its sources
SELECT sum(CASE WHEN s."customer_id" IS NOT NULL THEN 0 ELSE 1 END), sum(CASE WHEN s."customer_id" IS NOT NULL AND l."born" IS DISTINCT FROM s."born" THEN 1 ELSE 0 END) FROM "warehouse"."dim_customers" AS l LEFT JOIN "_stage_dim_customers" AS s ON l."customer_id" = s."customer_id" WHERE l."customer_sk" <> -1 AND NOT l."is_inferred";
-- carry the members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_sk", "customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT l."customer_sk", l."customer_id", l."name", l."tier_label", l."born", l."name_length", l."is_inferred" FROM "warehouse"."dim_customers" AS l LEFT JOIN "_stage_dim_customers" AS s ON l."customer_id" = s."customer_id" WHERE l."customer_sk" <> -1;
-- new surrogate keys of dim_customers after the carried ones
SELECT setval(pg_get_serial_sequence($1, $2), (SELECT coalesce(max("customer_sk"), 0) + 1 FROM "warehouse__rebuild"."dim_customers" WHERE "customer_sk" > 0), false);
-- $1 = '"warehouse__rebuild"."dim_customers"'
-- $2 = 'customer_sk'
-- upsert dim_customers
WITH up AS (INSERT INTO "warehouse__rebuild"."dim_customers" AS d ("customer_id", "name", "tier_label", "born", "name_length", "is_inferred") SELECT "customer_id", "name", "tier_label", "born", "name_length", false FROM "_stage_dim_customers" ON CONFLICT ("customer_id") DO UPDATE SET "name" = EXCLUDED."name", "tier_label" = EXCLUDED."tier_label", "born" = CASE WHEN d."is_inferred" THEN EXCLUDED."born" ELSE d."born" END, "name_length" = EXCLUDED."name_length", "is_inferred" = false WHERE d."is_inferred" OR (d."name", d."tier_label", d."name_length") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."tier_label", EXCLUDED."name_length") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- refresh always-columns of dim_customers
UPDATE "warehouse__rebuild"."dim_customers" AS d SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM (SELECT "id", "name", "tier", "born", "_loaded_at" FROM "starling"."shadow_app_customers" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE d."customer_id" = s."customer_id" AND d."tier_label" IS DISTINCT FROM s."tier_label";
-- $1 = '-infinity'
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
-- watermark of dim_customers
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- watermarks of dim_date
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'dim_date'
-- savepoint
SAVEPOINT starling_2;
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
-- date rows of dim_date
INSERT INTO "warehouse__rebuild"."dim_date" AS d ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES ($1::integer, $2::date, $3::integer, $4::integer, $5::integer, $6::text, $7::integer, $8::integer, $9::text, $10::integer, $11::integer, $12::boolean, $13::integer, $14::integer, $15::boolean, $16::text), ($17::integer, $18::date, $19::integer, $20::integer, $21::integer, $22::text, $23::integer, $24::integer, $25::text, $26::integer, $27::integer, $28::boolean, $29::integer, $30::integer, $31::boolean, $32::text), ($33::integer, $34::date, $35::integer, $36::integer, $37::integer, $38::text, $39::integer, $40::integer, $41::text, $42::integer, $43::integer, $44::boolean, $45::integer, $46::integer, $47::boolean, $48::text), ($49::integer, $50::date, $51::integer, $52::integer, $53::integer, $54::text, $55::integer, $56::integer, $57::text, $58::integer, $59::integer, $60::boolean, $61::integer, $62::integer, $63::boolean, $64::text), ($65::integer, $66::date, $67::integer, $68::integer, $69::integer, $70::text, $71::integer, $72::integer, $73::text, $74::integer, $75::integer, $76::boolean, $77::integer, $78::integer, $79::boolean, $80::text), ($81::integer, $82::date, $83::integer, $84::integer, $85::integer, $86::text, $87::integer, $88::integer, $89::text, $90::integer, $91::integer, $92::boolean, $93::integer, $94::integer, $95::boolean, $96::text), ($97::integer, $98::date, $99::integer, $100::integer, $101::integer, $102::text, $103::integer, $104::integer, $105::text, $106::integer, $107::integer, $108::boolean, $109::integer, $110::integer, $111::boolean, $112::text), ($113::integer, $114::date, $115::integer, $116::integer, $117::integer, $118::text, $119::integer, $120::integer, $121::text, $122::integer, $123::integer, $124::boolean, $125::integer, $126::integer, $127::boolean, $128::text), ($129::integer, $130::date, $131::integer, $132::integer, $133::integer, $134::text, $135::integer, $136::integer, $137::text, $138::integer, $139::integer, $140::boolean, $141::integer, $142::integer, $143::boolean, $144::text), ($145::integer, $146::date, $147::integer, $148::integer, $149::integer, $150::text, $151::integer, $152::integer, $153::text, $154::integer, $155::integer, $156::boolean, $157::integer, $158::integer, $159::boolean, $160::text), ($161::integer, $162::date, $163::integer, $164::integer, $165::integer, $166::text, $167::integer, $168::integer, $169::text, $170::integer, $171::integer, $172::boolean, $173::integer, $174::integer, $175::boolean, $176::text), ($177::integer, $178::date, $179::integer, $180::integer, $181::integer, $182::text, $183::integer, $184::integer, $185::text, $186::integer, $187::integer, $188::boolean, $189::integer, $190::integer, $191::boolean, $192::text), ($193::integer, $194::date, $195::integer, $196::integer, $197::integer, $198::text, $199::integer, $200::integer, $201::text, $202::integer, $203::integer, $204::boolean, $205::integer, $206::integer, $207::boolean, $208::text), ($209::integer, $210::date, $211::integer, $212::integer, $213::integer, $214::text, $215::integer, $216::integer, $217::text, $218::integer, $219::integer, $220::boolean, $221::integer, $222::integer, $223::boolean, $224::text), ($225::integer, $226::date, $227::integer, $228::integer, $229::integer, $230::text, $231::integer, $232::integer, $233::text, $234::integer, $235::integer, $236::boolean, $237::integer, $238::integer, $239::boolean, $240::text), ($241::integer, $242::date, $243::integer, $244::integer, $245::integer, $246::text, $247::integer, $248::integer, $249::text, $250::integer, $251::integer, $252::boolean, $253::integer, $254::integer, $255::boolean, $256::text), ($257::integer, $258::date, $259::integer, $260::integer, $261::integer, $262::text, $263::integer, $264::integer, $265::text, $266::integer, $267::integer, $268::bo … (18202 more characters);
-- 1424 parameters
-- columns of warehouse__rebuild.fct_daily_customer
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_daily_customer'
-- watermark of dim_date
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'dim_date'
-- $2 = '(generated)'
-- $3 = '2026-03-14 00:00:00'
-- $4 = '1'
-- record model dim_date
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
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
-- savepoint
SAVEPOINT starling_2;
-- exists starling.shadow_app_products_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_products_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.products that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."products" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-11 09:00:00'
-- changed rows of app.products
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_products" AS s WHERE s._starling_to IS NULL AND s."sku" = c."sku" AND NOT ((s."sku", s."title", s."price", s."_loaded_at") IS DISTINCT FROM (c."sku", c."title", c."price", c."_loaded_at")));
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- positions of dim_products
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'dim_products'
-- savepoint
SAVEPOINT starling_2;
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
CREATE TEMP TABLE "_stage_dim_products" ON COMMIT DROP AS SELECT "sku" AS "sku", "title" AS "title", "price" AS "price" FROM (SELECT sku, title, price FROM (SELECT "sku", "title", "price", "_loaded_at" FROM "starling"."shadow_app_products" WHERE _starling_from <= 2 AND (_starling_to IS NULL OR _starling_to > 2)) AS "products"
WHERE _loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_dim_products" WHERE "sku" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_products" GROUP BY "sku" HAVING count(*) > 1) AS d;
-- columns of warehouse.dim_products
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse'
-- $2 = 'dim_products'
-- history of dim_products against its sources
SELECT sum(CASE WHEN s."sku" IS NOT NULL THEN 0 ELSE 1 END), sum(CASE WHEN s."sku" IS NOT NULL AND l."title" IS DISTINCT FROM s."title" THEN 1 ELSE 0 END) FROM "warehouse"."dim_products" AS l LEFT JOIN "_stage_dim_products" AS s ON l."sku" = s."sku" WHERE l."product_sk" <> -1 AND NOT l."is_inferred";
-- carry the members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("product_sk", "sku", "title", "price", "is_inferred") SELECT l."product_sk", l."sku", l."title", l."price", l."is_inferred" FROM "warehouse"."dim_products" AS l LEFT JOIN "_stage_dim_products" AS s ON l."sku" = s."sku" WHERE l."product_sk" <> -1;
-- new surrogate keys of dim_products after the carried ones
SELECT setval(pg_get_serial_sequence($1, $2), (SELECT coalesce(max("product_sk"), 0) + 1 FROM "warehouse__rebuild"."dim_products" WHERE "product_sk" > 0), false);
-- $1 = '"warehouse__rebuild"."dim_products"'
-- $2 = 'product_sk'
-- upsert dim_products
WITH up AS (INSERT INTO "warehouse__rebuild"."dim_products" AS d ("sku", "title", "price", "is_inferred") SELECT "sku", "title", "price", false FROM "_stage_dim_products" ON CONFLICT ("sku") DO UPDATE SET "title" = CASE WHEN d."is_inferred" THEN EXCLUDED."title" ELSE d."title" END, "price" = EXCLUDED."price", "is_inferred" = false WHERE d."is_inferred" OR d."price" IS DISTINCT FROM EXCLUDED."price" RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- columns of warehouse__rebuild.fct_orders
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_orders'
-- columns of warehouse__rebuild.fct_product_days
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- $1 = 'warehouse__rebuild'
-- $2 = 'fct_product_days'
-- watermark of dim_products
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
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
-- savepoint
SAVEPOINT starling_2;
-- exists starling.shadow_app_orders_from
SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2;
-- $1 = 'starling'
-- $2 = 'shadow_app_orders_from'
-- drop candidates
DROP TABLE IF EXISTS "_starling_rows";
-- drop changed rows
DROP TABLE IF EXISTS "_starling_changed";
-- rows of app.orders that may have changed
CREATE TEMP TABLE "_starling_rows" AS SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2026-03-14 09:00:00'
-- changed rows of app.orders
CREATE TEMP TABLE "_starling_changed" AS SELECT c.* FROM "_starling_rows" AS c WHERE NOT EXISTS (SELECT 1 FROM "starling"."shadow_app_orders" AS s WHERE s._starling_to IS NULL AND s."id" = c."id" AND NOT ((s."id", s."customer_id", s."sku", s."amount", s."ordered_at", s."_loaded_at") IS DISTINCT FROM (c."id", c."customer_id", c."sku", c."amount", c."ordered_at", c."_loaded_at")));
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- positions of fct_customer_totals
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_customer_totals'
-- savepoint
SAVEPOINT starling_2;
-- create table fct_customer_totals
CREATE TABLE "warehouse__rebuild"."fct_customer_totals" (
  "customer_sk" bigint NOT NULL,
  "orders" bigint,
  "amount" numeric(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" bigint
);
-- unique key of fct_customer_totals
CREATE UNIQUE INDEX "fct_customer_totals_unique" ON "warehouse__rebuild"."fct_customer_totals" ("customer_sk");
-- index the rows of fct_customer_totals at the unknown member of dim_customers
CREATE INDEX IF NOT EXISTS "fct_customer_totals_customer_sk_unresolved" ON "warehouse__rebuild"."fct_customer_totals" ("customer_sk_unresolved") WHERE "customer_sk" = -1;
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_customer_totals";
-- stage rows of fct_customer_totals
CREATE TEMP TABLE "_stage_fct_customer_totals" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, count(*) AS orders, sum(amount) AS amount
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
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- watermarks of fct_daily_customer
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- positions of fct_daily_customer
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- savepoint
SAVEPOINT starling_2;
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
-- index the rows of fct_daily_customer at the unknown member of dim_date
CREATE INDEX IF NOT EXISTS "fct_daily_customer_date_key_unresolved" ON "warehouse__rebuild"."fct_daily_customer" ("date_key_unresolved") WHERE "date_key" = -1;
-- record model fct_daily_customer
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, updated_at = now();
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- built periods of fct_daily_customer
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling__rebuild".built_periods WHERE model = $1;
-- $1 = 'fct_daily_customer'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- savepoint
SAVEPOINT starling_2;
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__rebuild"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse__rebuild"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-05 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__rebuild"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse__rebuild"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-05 00:00:00'
-- $2 = '2026-03-09 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__rebuild"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse__rebuild"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-09 00:00:00'
-- $2 = '2026-03-13 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_customer";
-- stage rows of fct_daily_customer
CREATE TEMP TABLE "_stage_fct_daily_customer" ON COMMIT DROP AS SELECT * FROM (SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
         AS day, sum(amount) AS amount, count(*) AS orders,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_customer" WHERE "customer_id" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_customer" GROUP BY "customer_id", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_daily_customer" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- delete periods of fct_daily_customer
DELETE FROM "warehouse__rebuild"."fct_daily_customer" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "big_day", "day", "amount", "orders", "customer_orders", "date_key_unresolved") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."_x_big_day" AS "big_day", CAST(s."day" AS date) AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders", coalesce(s."customer_orders", 0) AS "customer_orders", CASE WHEN r1."date_key" IS NULL THEN CAST(s."day" AS date) END AS "date_key_unresolved" FROM (SELECT s.*, (amount > 5) AS "_x_big_day" FROM "_stage_fct_daily_customer" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_date" AS r1 ON r1."date" = CAST(s."day" AS date);
-- densify fct_daily_customer
INSERT INTO "warehouse__rebuild"."fct_daily_customer" ("customer_sk", "date_key", "day", "amount", "orders", "customer_orders") SELECT d."customer_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0, 0 FROM (SELECT * FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL OFFSET 0) AS d CROSS JOIN generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS p (period) LEFT JOIN "warehouse__rebuild"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('day', CAST(d."born" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS f WHERE f."customer_sk" = d."customer_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."day" = CAST(p.period AS date));
-- $1 = '2026-03-13 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- record built periods of fct_daily_customer
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = '1'
-- $3 = '2026-03-13 00:00:00'
-- $4 = '2026-03-14 00:00:00'
-- $5 = '2026-03-14 00:00:00'
-- $6 = '2026-03-15 00:00:00'
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- statistics of fct_daily_customer
ANALYZE "warehouse__rebuild"."fct_daily_customer";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- watermarks of dim_customers
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'dim_customers'
-- new members to densify in fct_daily_customer
SELECT CAST(d."customer_id" AS text) FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_sk" <> -1 AND d."born" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."fct_daily_customer" AS g WHERE g."customer_sk" = d."customer_sk" AND g."day" = CAST(greatest(date_trunc('day', CAST(d."born" AS timestamp)), $1::timestamp) AS date)) LIMIT 100001;
-- $1 = '2026-03-01 00:00:00'
-- watermark of fct_daily_customer
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
-- $1 = 'fct_daily_customer'
-- $2 = '(densify) app.customers'
-- $3 = '2026-03-11 10:00:00.000000'
-- $4 = '1'
-- watermark of fct_daily_customer
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- watermarks of fct_order_scan
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_order_scan'
-- positions of fct_order_scan
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_order_scan'
-- savepoint
SAVEPOINT starling_2;
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
CREATE TEMP TABLE "_stage_fct_order_scan" ON COMMIT DROP AS SELECT * FROM (SELECT * FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_scan" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_scan" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_order_scan" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- upsert fct_order_scan
WITH up AS (INSERT INTO "warehouse__rebuild"."fct_order_scan" AS f ("customer_sk", "order_id", "ordered_at", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_order_scan" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "ordered_at" = EXCLUDED."ordered_at", "amount" = EXCLUDED."amount" WHERE (f."customer_sk", f."ordered_at", f."amount") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."ordered_at", EXCLUDED."amount") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- watermark of fct_order_scan
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- watermarks of fct_orders
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_orders'
-- positions of fct_orders
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_orders'
-- savepoint
SAVEPOINT starling_2;
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
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- upsert fct_orders
WITH up AS (INSERT INTO "warehouse__rebuild"."fct_orders" AS f ("customer_sk", "product_sk", "order_id", "amount", "customer_orders") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_products" AS r1 ON r1."sku" = s."sku" ON CONFLICT ("order_id") DO UPDATE SET "customer_sk" = EXCLUDED."customer_sk", "product_sk" = EXCLUDED."product_sk", "amount" = EXCLUDED."amount", "customer_orders" = EXCLUDED."customer_orders" WHERE (f."customer_sk", f."product_sk", f."amount", f."customer_orders") IS DISTINCT FROM (EXCLUDED."customer_sk", EXCLUDED."product_sk", EXCLUDED."amount", EXCLUDED."customer_orders") RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";
-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" ON COMMIT DROP AS SELECT * FROM (SELECT o.id, o.customer_id, o.sku, o.amount,
       (SELECT count(*) FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '-infinity'
-- infer members of dim_customers
INSERT INTO "warehouse__rebuild"."dim_customers" ("customer_id", "is_inferred") SELECT DISTINCT s."customer_id", true FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_customers" AS d WHERE d."customer_id" = s."customer_id") ON CONFLICT DO NOTHING;
-- infer members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_orders" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- refresh always-measures of fct_orders
UPDATE "warehouse__rebuild"."fct_orders" AS f SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", coalesce(r1."product_sk", -1) AS "product_sk", s."_x_order_id" AS "order_id", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_customers" AS r0 ON r0."customer_id" = s."customer_id" LEFT JOIN "warehouse__rebuild"."dim_products" AS r1 ON r1."sku" = s."sku" OFFSET 0) AS x WHERE f."order_id" = x."order_id" AND f."customer_orders" IS DISTINCT FROM x."customer_orders";
-- test not_null order_id
SELECT count(*) FROM "warehouse__rebuild"."fct_orders" AS t WHERE true AND (t."order_id" IS NULL);
-- watermark of fct_orders
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- watermarks of fct_product_days
SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM "starling__rebuild".watermarks WHERE model = $1;
-- $1 = 'fct_product_days'
-- positions of fct_product_days
SELECT input, seqs FROM "starling__rebuild".positions WHERE model = $1;
-- $1 = 'fct_product_days'
-- savepoint
SAVEPOINT starling_2;
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
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, updated_at = now();
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- built periods of fct_product_days
SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM "starling__rebuild".built_periods WHERE model = $1;
-- $1 = 'fct_product_days'
-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";
-- savepoint
SAVEPOINT starling_2;
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- drop stage
DROP TABLE IF EXISTS "_stage_fct_product_days";
-- stage rows of fct_product_days
CREATE TEMP TABLE "_stage_fct_product_days" ON COMMIT DROP AS SELECT * FROM (SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
       sum(amount) AS amount
FROM (SELECT "id", "customer_id", "sku", "amount", "ordered_at", "_loaded_at" FROM "starling"."shadow_app_orders" WHERE _starling_from <= 3 AND (_starling_to IS NULL OR _starling_to > 3)) AS "orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_product_days" WHERE "day" IS NULL OR "day" < $1::timestamp OR "day" >= $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- check for NULL keys
SELECT count(*) FROM "_stage_fct_product_days" WHERE "sku" IS NULL OR "day" IS NULL;
-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_product_days" GROUP BY "sku", "day" HAVING count(*) > 1) AS d;
-- infer members of dim_products
INSERT INTO "warehouse__rebuild"."dim_products" ("sku", "is_inferred") SELECT DISTINCT s."sku", true FROM "_stage_fct_product_days" AS s WHERE s."sku" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse__rebuild"."dim_products" AS d WHERE d."sku" = s."sku") ON CONFLICT DO NOTHING;
-- delete periods of fct_product_days
DELETE FROM "warehouse__rebuild"."fct_product_days" WHERE "day" >= $1::timestamp AND "day" < $2::timestamp;
-- $1 = '2026-03-01 00:00:00'
-- $2 = '2026-03-15 00:00:00'
-- insert fct_product_days
INSERT INTO "warehouse__rebuild"."fct_product_days" ("product_sk", "day", "amount") SELECT coalesce(r0."product_sk", -1) AS "product_sk", s."day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.* FROM "_stage_fct_product_days" AS s) AS s LEFT JOIN "warehouse__rebuild"."dim_products" AS r0 ON r0."sku" = s."sku";
-- record built periods of fct_product_days
INSERT INTO "starling__rebuild".built_periods (model, period_start, period_end, run_id) VALUES ($1, $3::timestamp, $4::timestamp, $2::bigint), ($1, $5::timestamp, $6::timestamp, $2::bigint), ($1, $7::timestamp, $8::timestamp, $2::bigint), ($1, $9::timestamp, $10::timestamp, $2::bigint), ($1, $11::timestamp, $12::timestamp, $2::bigint), ($1, $13::timestamp, $14::timestamp, $2::bigint), ($1, $15::timestamp, $16::timestamp, $2::bigint), ($1, $17::timestamp, $18::timestamp, $2::bigint), ($1, $19::timestamp, $20::timestamp, $2::bigint), ($1, $21::timestamp, $22::timestamp, $2::bigint), ($1, $23::timestamp, $24::timestamp, $2::bigint), ($1, $25::timestamp, $26::timestamp, $2::bigint), ($1, $27::timestamp, $28::timestamp, $2::bigint), ($1, $29::timestamp, $30::timestamp, $2::bigint) ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, run_id = EXCLUDED.run_id, built_at = now();
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- statistics of fct_product_days
ANALYZE "warehouse__rebuild"."fct_product_days";
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- savepoint
SAVEPOINT starling_2;
-- watermark of fct_product_days
INSERT INTO "starling__rebuild".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, $4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, run_id = EXCLUDED.run_id, updated_at = now();
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
INSERT INTO "starling__rebuild".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, built_at = now(), updated_at = now();
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
INSERT INTO "starling__rebuild".model_runs (run_id, model, status, started_at, finished_at, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES ($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10);
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
-- finish run
UPDATE "starling__rebuild".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '1'
-- $2 = 'success'
-- $3 = NULL
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '883188376767507134'
-- lock timeout for the swap
SET LOCAL lock_timeout = '200ms';
-- savepoint
SAVEPOINT starling_2;
-- lock the live tables for the swap
LOCK TABLE "warehouse"."dim_customers", "warehouse"."dim_date", "warehouse"."dim_products", "warehouse"."fct_customer_totals", "warehouse"."fct_daily_customer", "warehouse"."fct_order_scan", "warehouse"."fct_orders", "warehouse"."fct_product_days" IN ACCESS EXCLUSIVE MODE;
-- schema warehouse__retired
CREATE SCHEMA IF NOT EXISTS "warehouse__retired";
-- views reading warehouse.dim_customers
WITH RECURSIVE deps(oid) AS ( SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid UNION ALL SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid) SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- views reading warehouse.dim_date
WITH RECURSIVE deps(oid) AS ( SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid UNION ALL SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid) SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace;
-- $1 = 'warehouse'
-- $2 = 'dim_date'
-- views reading warehouse.dim_products
WITH RECURSIVE deps(oid) AS ( SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid UNION ALL SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid) SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace;
-- $1 = 'warehouse'
-- $2 = 'dim_products'
-- views reading warehouse.fct_customer_totals
WITH RECURSIVE deps(oid) AS ( SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid UNION ALL SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid) SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace;
-- $1 = 'warehouse'
-- $2 = 'fct_customer_totals'
-- views reading warehouse.fct_daily_customer
WITH RECURSIVE deps(oid) AS ( SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid UNION ALL SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid) SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- views reading warehouse.fct_order_scan
WITH RECURSIVE deps(oid) AS ( SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid UNION ALL SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid) SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace;
-- $1 = 'warehouse'
-- $2 = 'fct_order_scan'
-- views reading warehouse.fct_orders
WITH RECURSIVE deps(oid) AS ( SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid UNION ALL SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid) SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- views reading warehouse.fct_product_days
WITH RECURSIVE deps(oid) AS ( SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND r.ev_class <> d.refobjid UNION ALL SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid) SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace;
-- $1 = 'warehouse'
-- $2 = 'fct_product_days'
-- privileges on warehouse.dim_customers
SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.grantee <> c.relowner;
-- $1 = 'warehouse'
-- $2 = 'dim_customers'
-- retire dim_customers
ALTER TABLE "warehouse"."dim_customers" SET SCHEMA "warehouse__retired";
-- swap in dim_customers
ALTER TABLE "warehouse__rebuild"."dim_customers" SET SCHEMA "warehouse";
-- privileges on warehouse.dim_date
SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.grantee <> c.relowner;
-- $1 = 'warehouse'
-- $2 = 'dim_date'
-- retire dim_date
ALTER TABLE "warehouse"."dim_date" SET SCHEMA "warehouse__retired";
-- swap in dim_date
ALTER TABLE "warehouse__rebuild"."dim_date" SET SCHEMA "warehouse";
-- privileges on warehouse.dim_products
SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.grantee <> c.relowner;
-- $1 = 'warehouse'
-- $2 = 'dim_products'
-- retire dim_products
ALTER TABLE "warehouse"."dim_products" SET SCHEMA "warehouse__retired";
-- swap in dim_products
ALTER TABLE "warehouse__rebuild"."dim_products" SET SCHEMA "warehouse";
-- privileges on warehouse.fct_customer_totals
SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.grantee <> c.relowner;
-- $1 = 'warehouse'
-- $2 = 'fct_customer_totals'
-- retire fct_customer_totals
ALTER TABLE "warehouse"."fct_customer_totals" SET SCHEMA "warehouse__retired";
-- swap in fct_customer_totals
ALTER TABLE "warehouse__rebuild"."fct_customer_totals" SET SCHEMA "warehouse";
-- privileges on warehouse.fct_daily_customer
SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.grantee <> c.relowner;
-- $1 = 'warehouse'
-- $2 = 'fct_daily_customer'
-- retire fct_daily_customer
ALTER TABLE "warehouse"."fct_daily_customer" SET SCHEMA "warehouse__retired";
-- swap in fct_daily_customer
ALTER TABLE "warehouse__rebuild"."fct_daily_customer" SET SCHEMA "warehouse";
-- privileges on warehouse.fct_order_scan
SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.grantee <> c.relowner;
-- $1 = 'warehouse'
-- $2 = 'fct_order_scan'
-- retire fct_order_scan
ALTER TABLE "warehouse"."fct_order_scan" SET SCHEMA "warehouse__retired";
-- swap in fct_order_scan
ALTER TABLE "warehouse__rebuild"."fct_order_scan" SET SCHEMA "warehouse";
-- privileges on warehouse.fct_orders
SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.grantee <> c.relowner;
-- $1 = 'warehouse'
-- $2 = 'fct_orders'
-- retire fct_orders
ALTER TABLE "warehouse"."fct_orders" SET SCHEMA "warehouse__retired";
-- swap in fct_orders
ALTER TABLE "warehouse__rebuild"."fct_orders" SET SCHEMA "warehouse";
-- privileges on warehouse.fct_product_days
SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2) AND a.grantee <> c.relowner;
-- $1 = 'warehouse'
-- $2 = 'fct_product_days'
-- retire fct_product_days
ALTER TABLE "warehouse"."fct_product_days" SET SCHEMA "warehouse__retired";
-- swap in fct_product_days
ALTER TABLE "warehouse__rebuild"."fct_product_days" SET SCHEMA "warehouse";
-- drop retired tables
DROP SCHEMA "warehouse__retired" CASCADE;
-- applied migrations
SELECT version, name, file, checksum, CAST(applied_at AS text) FROM "starling".schema_migrations ORDER BY version;
-- applied repeatable migrations
SELECT name, file, checksum, CAST(applied_at AS text) FROM "starling".repeatable_migrations ORDER BY name;
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
-- release savepoint
RELEASE SAVEPOINT starling_2;
COMMIT
-- finish run
UPDATE "starling".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint;
-- $1 = '6'
-- $2 = 'success'
-- $3 = NULL
-- run unlock
SELECT pg_advisory_unlock($1::bigint);
-- $1 = '133073438798454460'
