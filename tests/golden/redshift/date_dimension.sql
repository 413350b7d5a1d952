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

-- compare dim_date
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS y);

-- differences of dim_date
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x ORDER BY x."date_key" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x ORDER BY x."date_key" LIMIT 5) AS r;

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

