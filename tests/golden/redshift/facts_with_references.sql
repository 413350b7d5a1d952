-- create table dim_date
CREATE TABLE "warehouse"."dim_date" (
  "date_key" INTEGER NOT NULL,
  "date" DATE,
  "year" INTEGER,
  "quarter" INTEGER,
  "month" INTEGER,
  "month_name" VARCHAR(65535),
  "day_of_month" INTEGER,
  "day_of_week" INTEGER,
  "day_name" VARCHAR(65535),
  "iso_year" INTEGER,
  "iso_week" INTEGER,
  "is_weekend" BOOLEAN,
  "fiscal_year" INTEGER,
  "fiscal_quarter" INTEGER,
  "is_holiday" BOOLEAN,
  "holiday_name" VARCHAR(65535),
  PRIMARY KEY ("date_key")
);

-- unknown member of dim_date
INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES (CAST($1 AS INTEGER), CAST($2 AS DATE), CAST($3 AS INTEGER), CAST($4 AS INTEGER), CAST($5 AS INTEGER), CAST($6 AS VARCHAR(65535)), CAST($7 AS INTEGER), CAST($8 AS INTEGER), CAST($9 AS VARCHAR(65535)), CAST($10 AS INTEGER), CAST($11 AS INTEGER), CAST($12 AS BOOLEAN), CAST($13 AS INTEGER), CAST($14 AS INTEGER), CAST($15 AS BOOLEAN), CAST($16 AS VARCHAR(65535)));
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
INSERT INTO "_stage_dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") VALUES (CAST('20240101' AS INTEGER), CAST('2024-01-01' AS DATE), CAST('2024' AS INTEGER), CAST('1' AS INTEGER), CAST('1' AS INTEGER), CAST('January' AS VARCHAR(65535)), CAST('1' AS INTEGER), CAST('1' AS INTEGER), CAST('Monday' AS VARCHAR(65535)), CAST('2024' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2024' AS INTEGER), CAST('4' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20240102' AS INTEGER), CAST('2024-01-02' AS DATE), CAST('2024' AS INTEGER), CAST('1' AS INTEGER), CAST('1' AS INTEGER), CAST('January' AS VARCHAR(65535)), CAST('2' AS INTEGER), CAST('2' AS INTEGER), CAST('Tuesday' AS VARCHAR(65535)), CAST('2024' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2024' AS INTEGER), CAST('4' AS INTEGER), CAST('false' AS BOOLEAN), NULL), (CAST('20240103' AS INTEGER), CAST('2024-01-03' AS DATE), CAST('2024' AS INTEGER), CAST('1' AS INTEGER), CAST('1' AS INTEGER), CAST('January' AS VARCHAR(65535)), CAST('3' AS INTEGER), CAST('3' AS INTEGER), CAST('Wednesday' AS VARCHAR(65535)), CAST('2024' AS INTEGER), CAST('1' AS INTEGER), CAST('false' AS BOOLEAN), CAST('2024' AS INTEGER), CAST('4' AS INTEGER), CAST('false' AS BOOLEAN), NULL);

-- update date rows of dim_date
UPDATE "warehouse"."dim_date" SET "date" = s."date", "year" = s."year", "quarter" = s."quarter", "month" = s."month", "month_name" = s."month_name", "day_of_month" = s."day_of_month", "day_of_week" = s."day_of_week", "day_name" = s."day_name", "iso_year" = s."iso_year", "iso_week" = s."iso_week", "is_weekend" = s."is_weekend", "fiscal_year" = s."fiscal_year", "fiscal_quarter" = s."fiscal_quarter", "is_holiday" = s."is_holiday", "holiday_name" = s."holiday_name" FROM "_stage_dim_date" AS s WHERE "dim_date"."date_key" = s."date_key" AND CASE WHEN ("dim_date"."date" = s."date" OR ("dim_date"."date" IS NULL AND s."date" IS NULL)) AND ("dim_date"."year" = s."year" OR ("dim_date"."year" IS NULL AND s."year" IS NULL)) AND ("dim_date"."quarter" = s."quarter" OR ("dim_date"."quarter" IS NULL AND s."quarter" IS NULL)) AND ("dim_date"."month" = s."month" OR ("dim_date"."month" IS NULL AND s."month" IS NULL)) AND ("dim_date"."month_name" = s."month_name" OR ("dim_date"."month_name" IS NULL AND s."month_name" IS NULL)) AND ("dim_date"."day_of_month" = s."day_of_month" OR ("dim_date"."day_of_month" IS NULL AND s."day_of_month" IS NULL)) AND ("dim_date"."day_of_week" = s."day_of_week" OR ("dim_date"."day_of_week" IS NULL AND s."day_of_week" IS NULL)) AND ("dim_date"."day_name" = s."day_name" OR ("dim_date"."day_name" IS NULL AND s."day_name" IS NULL)) AND ("dim_date"."iso_year" = s."iso_year" OR ("dim_date"."iso_year" IS NULL AND s."iso_year" IS NULL)) AND ("dim_date"."iso_week" = s."iso_week" OR ("dim_date"."iso_week" IS NULL AND s."iso_week" IS NULL)) AND ("dim_date"."is_weekend" = s."is_weekend" OR ("dim_date"."is_weekend" IS NULL AND s."is_weekend" IS NULL)) AND ("dim_date"."fiscal_year" = s."fiscal_year" OR ("dim_date"."fiscal_year" IS NULL AND s."fiscal_year" IS NULL)) AND ("dim_date"."fiscal_quarter" = s."fiscal_quarter" OR ("dim_date"."fiscal_quarter" IS NULL AND s."fiscal_quarter" IS NULL)) AND ("dim_date"."is_holiday" = s."is_holiday" OR ("dim_date"."is_holiday" IS NULL AND s."is_holiday" IS NULL)) AND ("dim_date"."holiday_name" = s."holiday_name" OR ("dim_date"."holiday_name" IS NULL AND s."holiday_name" IS NULL)) THEN false ELSE true END;

-- insert date rows of dim_date
INSERT INTO "warehouse"."dim_date" ("date_key", "date", "year", "quarter", "month", "month_name", "day_of_month", "day_of_week", "day_name", "iso_year", "iso_week", "is_weekend", "fiscal_year", "fiscal_quarter", "is_holiday", "holiday_name") SELECT s."date_key", s."date", s."year", s."quarter", s."month", s."month_name", s."day_of_month", s."day_of_week", s."day_name", s."iso_year", s."iso_week", s."is_weekend", s."fiscal_year", s."fiscal_quarter", s."is_holiday", s."holiday_name" FROM "_stage_dim_date" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date_key" = s."date_key");

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_date";

-- point fct_daily_activity.date_key from the unknown member at the members dim_date now has
UPDATE "warehouse"."fct_daily_activity" SET "date_key" = d."date_key", "date_key_unresolved" = NULL FROM "warehouse"."dim_date" AS d WHERE "fct_daily_activity"."date_key" = -1 AND "fct_daily_activity"."date_key_unresolved" IS NOT NULL AND d."date" = CAST("fct_daily_activity"."date_key_unresolved" AS date);

-- compare dim_date
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS y);

-- differences of dim_date
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x ORDER BY x."date_key" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x ORDER BY x."date_key" LIMIT 5) AS r;

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

-- create table fct_daily_activity
CREATE TABLE "warehouse"."fct_daily_activity" (
  "user_sk" BIGINT NOT NULL,
  "date_key" INTEGER NOT NULL,
  "activity_date" DATE NOT NULL,
  "events" BIGINT NOT NULL DEFAULT 0,
  "date_key_unresolved" DATE
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_activity";

-- stage rows of fct_daily_activity
CREATE TEMP TABLE "_stage_fct_daily_activity" AS SELECT * FROM (SELECT t.user_id, (t.event_time AT TIME ZONE 'UTC')::date AS activity_date, count(*) AS events
FROM "raw"."tracks" t
WHERE t.event_time >= $1::timestamp AND t.event_time < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_activity" WHERE "user_id" IS NULL OR "activity_date" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_activity" GROUP BY "user_id", "activity_date" HAVING count(*) > 1) AS d;

-- infer members of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "is_inferred") SELECT (SELECT CASE WHEN max("user_sk") > 0 THEN max("user_sk") ELSE 0 END FROM "warehouse"."dim_users") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."user_id" AS k FROM "_stage_fct_daily_activity" AS s WHERE s."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id")) AS n;

-- check references to dim_users
SELECT count(DISTINCT s."user_id") FROM "_stage_fct_daily_activity" AS s WHERE s."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id");

-- check references to dim_date
SELECT count(DISTINCT s."activity_date") FROM "_stage_fct_daily_activity" AS s WHERE s."activity_date" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date" = CAST(s."activity_date" AS date));

-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_activity" WHERE "activity_date" IS NULL OR "activity_date" < $1::timestamp OR "activity_date" >= $2::timestamp;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete periods of fct_daily_activity
DELETE FROM "warehouse"."fct_daily_activity" WHERE "activity_date" >= CAST($1 AS timestamp) AND "activity_date" < CAST($2 AS timestamp);
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- insert fct_daily_activity
INSERT INTO "warehouse"."fct_daily_activity" ("user_sk", "date_key", "activity_date", "events", "date_key_unresolved") SELECT coalesce(r0."user_sk", -1) AS "user_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."activity_date" AS date) AS "activity_date", coalesce(s."events", 0) AS "events", CASE WHEN r1."date_key" IS NULL THEN CAST(s."activity_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_activity" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."activity_date" AS date);

-- compare fct_daily_activity
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."events", f."date_key_unresolved" FROM "warehouse"."fct_daily_activity" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."events", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_activity" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."events", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_activity" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."events", f."date_key_unresolved" FROM "warehouse"."fct_daily_activity" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved") AS b) AS y);

-- differences of fct_daily_activity
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."events", f."date_key_unresolved" FROM "warehouse"."fct_daily_activity" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."events", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_activity" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved") AS b) AS x ORDER BY x."user_sk", x."date_key" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."events", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_activity" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."events", f."date_key_unresolved" FROM "warehouse"."fct_daily_activity" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."events", z."date_key_unresolved") AS b) AS x ORDER BY x."user_sk", x."date_key" LIMIT 5) AS r;

-- create table fct_orders
CREATE TABLE "warehouse"."fct_orders" (
  "customer_sk" BIGINT NOT NULL,
  "date_key" INTEGER NOT NULL,
  "order_id" BIGINT NOT NULL,
  "line_no" SMALLINT NOT NULL,
  "ship_mode" VARCHAR(65535),
  "quantity" INTEGER NOT NULL DEFAULT 0,
  "amount" DECIMAL(12,2)
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";

-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.order_id, o.line_no, o.user_id, o.created_at::date AS order_date, o.ship_mode,
       o.quantity, o.amount
FROM "app"."orders" o WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE "order_id" IS NULL OR "line_no" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY "order_id", "line_no" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0", a."_k1" FROM (SELECT "order_id" AS "_k0", "line_no" AS "_k1" FROM (SELECT o.order_id, o.line_no, o.user_id, o.created_at::date AS order_date, o.ship_mode,
       o.quantity, o.amount
FROM "app"."orders" o WHERE o._loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "order_id" AS "_k0", "line_no" AS "_k1" FROM "_stage_fct_orders") AS b ON b."_k0" = a."_k0" AND b."_k1" = a."_k1" GROUP BY a."_k0", a."_k1" HAVING count(*) > 1 ORDER BY a."_k0", a."_k1" LIMIT 6;
-- $1 = '-infinity'

-- infer members of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "is_inferred") SELECT (SELECT CASE WHEN max("user_sk") > 0 THEN max("user_sk") ELSE 0 END FROM "warehouse"."dim_users") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."user_id" AS k FROM "_stage_fct_orders" AS s WHERE s."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id")) AS n;

-- check references to dim_users
SELECT count(DISTINCT s."user_id") FROM "_stage_fct_orders" AS s WHERE s."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id");

-- check references to dim_date
SELECT count(DISTINCT s."order_date") FROM "_stage_fct_orders" AS s WHERE s."order_date" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date" = CAST(s."order_date" AS date));

-- update changed rows of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_sk" = x."customer_sk", "date_key" = x."date_key", "ship_mode" = x."ship_mode", "quantity" = x."quantity", "amount" = x."amount" FROM (SELECT coalesce(r0."user_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."order_id" AS "order_id", s."line_no" AS "line_no", s."ship_mode" AS "ship_mode", coalesce(s."quantity", 0) AS "quantity", s."amount" AS "amount" FROM (SELECT s.* FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."order_date" AS date)) AS x WHERE "fct_orders"."order_id" = x."order_id" AND "fct_orders"."line_no" = x."line_no" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."date_key" = x."date_key" OR ("fct_orders"."date_key" IS NULL AND x."date_key" IS NULL)) AND ("fct_orders"."ship_mode" = x."ship_mode" OR ("fct_orders"."ship_mode" IS NULL AND x."ship_mode" IS NULL)) AND ("fct_orders"."quantity" = x."quantity" OR ("fct_orders"."quantity" IS NULL AND x."quantity" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) THEN false ELSE true END;

-- insert new rows of fct_orders
INSERT INTO "warehouse"."fct_orders" ("customer_sk", "date_key", "order_id", "line_no", "ship_mode", "quantity", "amount") SELECT x."customer_sk", x."date_key", x."order_id", x."line_no", x."ship_mode", x."quantity", x."amount" FROM (SELECT coalesce(r0."user_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."order_id" AS "order_id", s."line_no" AS "line_no", s."ship_mode" AS "ship_mode", coalesce(s."quantity", 0) AS "quantity", s."amount" AS "amount" FROM (SELECT s.* FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."order_date" AS date)) AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_orders" AS f WHERE f."order_id" = x."order_id" AND f."line_no" = x."line_no");

-- delete rows gone from the source of fct_orders
DELETE FROM "warehouse"."fct_orders" WHERE NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."user_sk", -1) AS "customer_sk", coalesce(r1."date_key", -1) AS "date_key", s."order_id" AS "order_id", s."line_no" AS "line_no", s."ship_mode" AS "ship_mode", coalesce(s."quantity", 0) AS "quantity", s."amount" AS "amount" FROM (SELECT s.* FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."order_date" AS date)) AS x WHERE x."order_id" = "fct_orders"."order_id" AND x."line_no" = "fct_orders"."line_no");

-- compare fct_orders
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount", count(*) AS "_n" FROM (SELECT d0."user_id" AS "customer_sk", f."date_key", f."order_id", f."line_no", f."ship_mode", f."quantity", f."amount" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount", count(*) AS "_n" FROM (SELECT d0."user_id" AS "customer_sk", f."date_key", f."order_id", f."line_no", f."ship_mode", f."quantity", f."amount" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount", count(*) AS "_n" FROM (SELECT d0."user_id" AS "customer_sk", f."date_key", f."order_id", f."line_no", f."ship_mode", f."quantity", f."amount" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount", count(*) AS "_n" FROM (SELECT d0."user_id" AS "customer_sk", f."date_key", f."order_id", f."line_no", f."ship_mode", f."quantity", f."amount" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount") AS b) AS y);

-- differences of fct_orders
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount", count(*) AS "_n" FROM (SELECT d0."user_id" AS "customer_sk", f."date_key", f."order_id", f."line_no", f."ship_mode", f."quantity", f."amount" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount", count(*) AS "_n" FROM (SELECT d0."user_id" AS "customer_sk", f."date_key", f."order_id", f."line_no", f."ship_mode", f."quantity", f."amount" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount") AS b) AS x ORDER BY x."order_id", x."line_no" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount", count(*) AS "_n" FROM (SELECT d0."user_id" AS "customer_sk", f."date_key", f."order_id", f."line_no", f."ship_mode", f."quantity", f."amount" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount", count(*) AS "_n" FROM (SELECT d0."user_id" AS "customer_sk", f."date_key", f."order_id", f."line_no", f."ship_mode", f."quantity", f."amount" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."date_key", z."order_id", z."line_no", z."ship_mode", z."quantity", z."amount") AS b) AS x ORDER BY x."order_id", x."line_no" LIMIT 5) AS r;

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

