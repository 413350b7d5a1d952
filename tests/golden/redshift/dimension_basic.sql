-- create table dim_users
CREATE TABLE "warehouse"."dim_users" (
  "user_sk" BIGINT NOT NULL,
  "user_id" BIGINT,
  "signup_date" DATE,
  "country" VARCHAR(65535),
  "plan" VARCHAR(80),
  "account_age_days" INTEGER,
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("user_sk")
);

-- unknown member of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "signup_date", "country", "plan", "account_age_days", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS BIGINT), CAST($3 AS DATE), CAST($4 AS VARCHAR(65535)), CAST($5 AS VARCHAR(80)), CAST($6 AS INTEGER), CAST($7 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = 'N/A'
-- $5 = 'Unknown'
-- $6 = NULL
-- $7 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_users";

-- stage rows of dim_users
CREATE TEMP TABLE "_stage_dim_users" AS SELECT "user_id" AS "user_id", (created_at::date) AS "signup_date", (coalesce(country_code, 'unknown')) AS "country", "plan" AS "plan", (current_date - created_at::date) AS "account_age_days" FROM (SELECT id AS user_id, created_at, country_code, plan FROM "app"."users"
WHERE _loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_users" WHERE "user_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_users" GROUP BY "user_id" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT "user_id" AS "_k0" FROM (SELECT id AS user_id, created_at, country_code, plan FROM "app"."users"
WHERE _loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "user_id" AS "_k0" FROM "_stage_dim_users") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_users
UPDATE "warehouse"."dim_users" SET "signup_date" = CASE WHEN "dim_users"."is_inferred" THEN s."signup_date" ELSE "dim_users"."signup_date" END, "country" = s."country", "plan" = s."plan", "account_age_days" = s."account_age_days", "is_inferred" = false FROM "_stage_dim_users" AS s WHERE "dim_users"."user_id" = s."user_id" AND ("dim_users"."is_inferred" OR CASE WHEN ("dim_users"."country" = s."country" OR ("dim_users"."country" IS NULL AND s."country" IS NULL)) AND ("dim_users"."plan" = s."plan" OR ("dim_users"."plan" IS NULL AND s."plan" IS NULL)) AND ("dim_users"."account_age_days" = s."account_age_days" OR ("dim_users"."account_age_days" IS NULL AND s."account_age_days" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "signup_date", "country", "plan", "account_age_days", "is_inferred") SELECT (SELECT CASE WHEN max("user_sk") > 0 THEN max("user_sk") ELSE 0 END FROM "warehouse"."dim_users") + row_number() OVER (ORDER BY s."user_id"), s."user_id", s."signup_date", s."country", s."plan", s."account_age_days", false FROM "_stage_dim_users" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id");

-- refresh always-columns of dim_users
UPDATE "warehouse"."dim_users" SET "account_age_days" = s."account_age_days" FROM (SELECT "user_id" AS "user_id", (current_date - created_at::date) AS "account_age_days" FROM (SELECT id AS user_id, created_at, country_code, plan FROM "app"."users"
WHERE _loaded_at >= $1::timestamp
) AS src) AS s WHERE "dim_users"."user_id" = s."user_id" AND CASE WHEN ("dim_users"."account_age_days" = s."account_age_days" OR ("dim_users"."account_age_days" IS NULL AND s."account_age_days" IS NULL)) THEN false ELSE true END;
-- $1 = '-infinity'

-- members dim_users wrote since
SELECT DISTINCT "user_id" FROM (SELECT id AS user_id, created_at, country_code, plan FROM "app"."users"
WHERE _loaded_at >= $1::timestamp
) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- compare dim_users
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."account_age_days", f."is_inferred" FROM "warehouse"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."account_age_days", f."is_inferred" FROM "warehouse__verify"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."account_age_days", f."is_inferred" FROM "warehouse__verify"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."account_age_days", f."is_inferred" FROM "warehouse"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred") AS b) AS y);

-- differences of dim_users
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."account_age_days", f."is_inferred" FROM "warehouse"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."account_age_days", f."is_inferred" FROM "warehouse__verify"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred") AS b) AS x ORDER BY x."user_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."account_age_days", f."is_inferred" FROM "warehouse__verify"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."account_age_days", f."is_inferred" FROM "warehouse"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."account_age_days", z."is_inferred") AS b) AS x ORDER BY x."user_id" LIMIT 5) AS r;

-- high water of app.users
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."users";

-- late periods from app.users
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."users" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.users
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."users" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";

-- late periods from app.orders
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.orders
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of events.tracks
SELECT to_char(max("received_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "raw"."tracks";

-- late periods from events.tracks
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "raw"."tracks" WHERE "received_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from events.tracks
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "raw"."tracks" WHERE "received_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- drop schema warehouse__verify
DROP SCHEMA IF EXISTS "warehouse__verify" CASCADE;

