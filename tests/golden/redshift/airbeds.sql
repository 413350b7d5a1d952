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

-- point fct_bookings.date_key from the unknown member at the members dim_date now has
UPDATE "warehouse"."fct_bookings" SET "date_key" = d."date_key", "date_key_unresolved" = NULL FROM "warehouse"."dim_date" AS d WHERE "fct_bookings"."date_key" = -1 AND "fct_bookings"."date_key_unresolved" IS NOT NULL AND d."date" = CAST("fct_bookings"."date_key_unresolved" AS date);

-- point fct_daily_funnel.date_key from the unknown member at the members dim_date now has
UPDATE "warehouse"."fct_daily_funnel" SET "date_key" = d."date_key", "date_key_unresolved" = NULL FROM "warehouse"."dim_date" AS d WHERE "fct_daily_funnel"."date_key" = -1 AND "fct_daily_funnel"."date_key_unresolved" IS NOT NULL AND d."date" = CAST("fct_daily_funnel"."date_key_unresolved" AS date);

-- point fct_user_daily_activity.date_key from the unknown member at the members dim_date now has
UPDATE "warehouse"."fct_user_daily_activity" SET "date_key" = d."date_key", "date_key_unresolved" = NULL FROM "warehouse"."dim_date" AS d WHERE "fct_user_daily_activity"."date_key" = -1 AND "fct_user_daily_activity"."date_key_unresolved" IS NOT NULL AND d."date" = CAST("fct_user_daily_activity"."date_key_unresolved" AS date);

-- point fct_user_weekly_snapshot.date_key from the unknown member at the members dim_date now has
UPDATE "warehouse"."fct_user_weekly_snapshot" SET "date_key" = d."date_key", "date_key_unresolved" = NULL FROM "warehouse"."dim_date" AS d WHERE "fct_user_weekly_snapshot"."date_key" = -1 AND "fct_user_weekly_snapshot"."date_key_unresolved" IS NOT NULL AND d."date" = CAST("fct_user_weekly_snapshot"."date_key_unresolved" AS date);

-- compare dim_date
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS y);

-- differences of dim_date
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x ORDER BY x."date_key" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse__verify"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name", count(*) AS "_n" FROM (SELECT f."date_key", f."date", f."year", f."quarter", f."month", f."month_name", f."day_of_month", f."day_of_week", f."day_name", f."iso_year", f."iso_week", f."is_weekend", f."fiscal_year", f."fiscal_quarter", f."is_holiday", f."holiday_name" FROM "warehouse"."dim_date" AS f) AS z GROUP BY z."date_key", z."date", z."year", z."quarter", z."month", z."month_name", z."day_of_month", z."day_of_week", z."day_name", z."iso_year", z."iso_week", z."is_weekend", z."fiscal_year", z."fiscal_quarter", z."is_holiday", z."holiday_name") AS b) AS x ORDER BY x."date_key" LIMIT 5) AS r;

-- create table dim_hosts
CREATE TABLE "warehouse"."dim_hosts" (
  "host_sk" BIGINT NOT NULL,
  "host_id" BIGINT,
  "user_id" BIGINT,
  "host_since" DATE,
  "is_superhost" BOOLEAN,
  "country" VARCHAR(65535),
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("host_sk")
);

-- unknown member of dim_hosts
INSERT INTO "warehouse"."dim_hosts" ("host_sk", "host_id", "user_id", "host_since", "is_superhost", "country", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS BIGINT), CAST($3 AS BIGINT), CAST($4 AS DATE), CAST($5 AS BOOLEAN), CAST($6 AS VARCHAR(65535)), CAST($7 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = NULL
-- $5 = NULL
-- $6 = 'Unknown'
-- $7 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_hosts";

-- stage rows of dim_hosts
CREATE TEMP TABLE "_stage_dim_hosts" AS SELECT "host_id" AS "host_id", "user_id" AS "user_id", "host_since" AS "host_since", "is_superhost" AS "is_superhost", (coalesce(country_code, 'unknown')) AS "country" FROM (SELECT h.id AS host_id, h.user_id, h.host_since, h.is_superhost, u.country_code
FROM "app"."hosts" h
LEFT JOIN "app"."users" u ON u.id = h.user_id
WHERE h._loaded_at >= $1::timestamp
UNION
SELECT h.id, h.user_id, h.host_since, h.is_superhost, u.country_code
FROM "app"."users" u
JOIN "app"."hosts" h ON h.user_id = u.id
WHERE u._loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_hosts" WHERE "host_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_hosts" GROUP BY "host_id" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT "host_id" AS "_k0" FROM (SELECT h.id AS host_id, h.user_id, h.host_since, h.is_superhost, u.country_code
FROM "app"."hosts" h
LEFT JOIN "app"."users" u ON u.id = h.user_id
WHERE h._loaded_at >= $1::timestamp
UNION
SELECT h.id, h.user_id, h.host_since, h.is_superhost, u.country_code
FROM "app"."users" u
JOIN "app"."hosts" h ON h.user_id = u.id
WHERE u._loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "host_id" AS "_k0" FROM "_stage_dim_hosts") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_hosts
UPDATE "warehouse"."dim_hosts" SET "user_id" = s."user_id", "host_since" = CASE WHEN "dim_hosts"."is_inferred" THEN s."host_since" ELSE "dim_hosts"."host_since" END, "is_superhost" = s."is_superhost", "country" = s."country", "is_inferred" = false FROM "_stage_dim_hosts" AS s WHERE "dim_hosts"."host_id" = s."host_id" AND ("dim_hosts"."is_inferred" OR CASE WHEN ("dim_hosts"."user_id" = s."user_id" OR ("dim_hosts"."user_id" IS NULL AND s."user_id" IS NULL)) AND ("dim_hosts"."is_superhost" = s."is_superhost" OR ("dim_hosts"."is_superhost" IS NULL AND s."is_superhost" IS NULL)) AND ("dim_hosts"."country" = s."country" OR ("dim_hosts"."country" IS NULL AND s."country" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_hosts
INSERT INTO "warehouse"."dim_hosts" ("host_sk", "host_id", "user_id", "host_since", "is_superhost", "country", "is_inferred") SELECT (SELECT CASE WHEN max("host_sk") > 0 THEN max("host_sk") ELSE 0 END FROM "warehouse"."dim_hosts") + row_number() OVER (ORDER BY s."host_id"), s."host_id", s."user_id", s."host_since", s."is_superhost", s."country", false FROM "_stage_dim_hosts" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_hosts" AS d WHERE d."host_id" = s."host_id");

-- members dim_hosts wrote since
SELECT DISTINCT "host_id" FROM (SELECT h.id AS host_id, h.user_id, h.host_since, h.is_superhost, u.country_code
FROM "app"."hosts" h
LEFT JOIN "app"."users" u ON u.id = h.user_id
WHERE h._loaded_at >= $1::timestamp
UNION
SELECT h.id, h.user_id, h.host_since, h.is_superhost, u.country_code
FROM "app"."users" u
JOIN "app"."hosts" h ON h.user_id = u.id
WHERE u._loaded_at >= $1::timestamp
) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- compare dim_hosts
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred", count(*) AS "_n" FROM (SELECT f."host_id", f."user_id", f."host_since", f."is_superhost", f."country", f."is_inferred" FROM "warehouse"."dim_hosts" AS f) AS z GROUP BY z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred", count(*) AS "_n" FROM (SELECT f."host_id", f."user_id", f."host_since", f."is_superhost", f."country", f."is_inferred" FROM "warehouse__verify"."dim_hosts" AS f) AS z GROUP BY z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred", count(*) AS "_n" FROM (SELECT f."host_id", f."user_id", f."host_since", f."is_superhost", f."country", f."is_inferred" FROM "warehouse__verify"."dim_hosts" AS f) AS z GROUP BY z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred", count(*) AS "_n" FROM (SELECT f."host_id", f."user_id", f."host_since", f."is_superhost", f."country", f."is_inferred" FROM "warehouse"."dim_hosts" AS f) AS z GROUP BY z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred") AS b) AS y);

-- differences of dim_hosts
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred", count(*) AS "_n" FROM (SELECT f."host_id", f."user_id", f."host_since", f."is_superhost", f."country", f."is_inferred" FROM "warehouse"."dim_hosts" AS f) AS z GROUP BY z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred", count(*) AS "_n" FROM (SELECT f."host_id", f."user_id", f."host_since", f."is_superhost", f."country", f."is_inferred" FROM "warehouse__verify"."dim_hosts" AS f) AS z GROUP BY z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred") AS b) AS x ORDER BY x."host_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred", count(*) AS "_n" FROM (SELECT f."host_id", f."user_id", f."host_since", f."is_superhost", f."country", f."is_inferred" FROM "warehouse__verify"."dim_hosts" AS f) AS z GROUP BY z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred", count(*) AS "_n" FROM (SELECT f."host_id", f."user_id", f."host_since", f."is_superhost", f."country", f."is_inferred" FROM "warehouse"."dim_hosts" AS f) AS z GROUP BY z."host_id", z."user_id", z."host_since", z."is_superhost", z."country", z."is_inferred") AS b) AS x ORDER BY x."host_id" LIMIT 5) AS r;

-- create table dim_listings
CREATE TABLE "warehouse"."dim_listings" (
  "listing_sk" BIGINT NOT NULL,
  "listing_id" BIGINT,
  "host_id" BIGINT,
  "city" VARCHAR(65535),
  "country" VARCHAR(65535),
  "room_type" VARCHAR(65535),
  "price_per_night" DECIMAL(10,2),
  "listed_on" DATE,
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("listing_sk")
);

-- unknown member of dim_listings
INSERT INTO "warehouse"."dim_listings" ("listing_sk", "listing_id", "host_id", "city", "country", "room_type", "price_per_night", "listed_on", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS BIGINT), CAST($3 AS BIGINT), CAST($4 AS VARCHAR(65535)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), CAST($7 AS DECIMAL(10,2)), CAST($8 AS DATE), CAST($9 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = 'Unknown'
-- $5 = 'Unknown'
-- $6 = 'Unknown'
-- $7 = NULL
-- $8 = NULL
-- $9 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_listings";

-- stage rows of dim_listings
CREATE TEMP TABLE "_stage_dim_listings" AS SELECT (id) AS "listing_id", "host_id" AS "host_id", "city" AS "city", (country_code) AS "country", "room_type" AS "room_type", "price_per_night" AS "price_per_night", (created_at::date) AS "listed_on" FROM (SELECT * FROM "app"."listings" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_listings" WHERE "listing_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_listings" GROUP BY "listing_id" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT (id) AS "_k0" FROM (SELECT * FROM "app"."listings" WHERE "_loaded_at" >= $1::timestamp) AS src) AS a JOIN (SELECT "listing_id" AS "_k0" FROM "_stage_dim_listings") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_listings
UPDATE "warehouse"."dim_listings" SET "host_id" = s."host_id", "city" = s."city", "country" = s."country", "room_type" = s."room_type", "price_per_night" = s."price_per_night", "listed_on" = CASE WHEN "dim_listings"."is_inferred" THEN s."listed_on" ELSE "dim_listings"."listed_on" END, "is_inferred" = false FROM "_stage_dim_listings" AS s WHERE "dim_listings"."listing_id" = s."listing_id" AND ("dim_listings"."is_inferred" OR CASE WHEN ("dim_listings"."host_id" = s."host_id" OR ("dim_listings"."host_id" IS NULL AND s."host_id" IS NULL)) AND ("dim_listings"."city" = s."city" OR ("dim_listings"."city" IS NULL AND s."city" IS NULL)) AND ("dim_listings"."country" = s."country" OR ("dim_listings"."country" IS NULL AND s."country" IS NULL)) AND ("dim_listings"."room_type" = s."room_type" OR ("dim_listings"."room_type" IS NULL AND s."room_type" IS NULL)) AND ("dim_listings"."price_per_night" = s."price_per_night" OR ("dim_listings"."price_per_night" IS NULL AND s."price_per_night" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_listings
INSERT INTO "warehouse"."dim_listings" ("listing_sk", "listing_id", "host_id", "city", "country", "room_type", "price_per_night", "listed_on", "is_inferred") SELECT (SELECT CASE WHEN max("listing_sk") > 0 THEN max("listing_sk") ELSE 0 END FROM "warehouse"."dim_listings") + row_number() OVER (ORDER BY s."listing_id"), s."listing_id", s."host_id", s."city", s."country", s."room_type", s."price_per_night", s."listed_on", false FROM "_stage_dim_listings" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_listings" AS d WHERE d."listing_id" = s."listing_id");

-- members dim_listings wrote since
SELECT DISTINCT (id) FROM (SELECT * FROM "app"."listings" WHERE "_loaded_at" >= $1::timestamp) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- compare dim_listings
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred", count(*) AS "_n" FROM (SELECT f."listing_id", f."host_id", f."city", f."country", f."room_type", f."price_per_night", f."listed_on", f."is_inferred" FROM "warehouse"."dim_listings" AS f) AS z GROUP BY z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred", count(*) AS "_n" FROM (SELECT f."listing_id", f."host_id", f."city", f."country", f."room_type", f."price_per_night", f."listed_on", f."is_inferred" FROM "warehouse__verify"."dim_listings" AS f) AS z GROUP BY z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred", count(*) AS "_n" FROM (SELECT f."listing_id", f."host_id", f."city", f."country", f."room_type", f."price_per_night", f."listed_on", f."is_inferred" FROM "warehouse__verify"."dim_listings" AS f) AS z GROUP BY z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred", count(*) AS "_n" FROM (SELECT f."listing_id", f."host_id", f."city", f."country", f."room_type", f."price_per_night", f."listed_on", f."is_inferred" FROM "warehouse"."dim_listings" AS f) AS z GROUP BY z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred") AS b) AS y);

-- differences of dim_listings
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred", count(*) AS "_n" FROM (SELECT f."listing_id", f."host_id", f."city", f."country", f."room_type", f."price_per_night", f."listed_on", f."is_inferred" FROM "warehouse"."dim_listings" AS f) AS z GROUP BY z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred", count(*) AS "_n" FROM (SELECT f."listing_id", f."host_id", f."city", f."country", f."room_type", f."price_per_night", f."listed_on", f."is_inferred" FROM "warehouse__verify"."dim_listings" AS f) AS z GROUP BY z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred") AS b) AS x ORDER BY x."listing_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred", count(*) AS "_n" FROM (SELECT f."listing_id", f."host_id", f."city", f."country", f."room_type", f."price_per_night", f."listed_on", f."is_inferred" FROM "warehouse__verify"."dim_listings" AS f) AS z GROUP BY z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred", count(*) AS "_n" FROM (SELECT f."listing_id", f."host_id", f."city", f."country", f."room_type", f."price_per_night", f."listed_on", f."is_inferred" FROM "warehouse"."dim_listings" AS f) AS z GROUP BY z."listing_id", z."host_id", z."city", z."country", z."room_type", z."price_per_night", z."listed_on", z."is_inferred") AS b) AS x ORDER BY x."listing_id" LIMIT 5) AS r;

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

-- unknown member of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "signup_date", "country", "plan", "time_spent_s", "account_age_days", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS BIGINT), CAST($3 AS DATE), CAST($4 AS VARCHAR(65535)), CAST($5 AS VARCHAR(65535)), CAST($6 AS BIGINT), CAST($7 AS INTEGER), CAST($8 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = 'Unknown'
-- $5 = 'Unknown'
-- $6 = NULL
-- $7 = NULL
-- $8 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_users";

-- stage rows of dim_users
CREATE TEMP TABLE "_stage_dim_users" AS SELECT "user_id" AS "user_id", (created_at::date) AS "signup_date", (coalesce(country_code, 'unknown')) AS "country", "plan" AS "plan", "time_spent_s" AS "time_spent_s", (current_date - created_at::date) AS "account_age_days" FROM (SELECT u.id AS user_id, u.created_at, u.country_code, u.plan, u.time_spent_s
FROM "app"."users" u
WHERE u._loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_users" WHERE "user_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_users" GROUP BY "user_id" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT "user_id" AS "_k0" FROM (SELECT u.id AS user_id, u.created_at, u.country_code, u.plan, u.time_spent_s
FROM "app"."users" u
WHERE u._loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "user_id" AS "_k0" FROM "_stage_dim_users") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_users
UPDATE "warehouse"."dim_users" SET "signup_date" = CASE WHEN "dim_users"."is_inferred" THEN s."signup_date" ELSE "dim_users"."signup_date" END, "country" = s."country", "plan" = s."plan", "time_spent_s" = s."time_spent_s", "account_age_days" = s."account_age_days", "is_inferred" = false FROM "_stage_dim_users" AS s WHERE "dim_users"."user_id" = s."user_id" AND ("dim_users"."is_inferred" OR CASE WHEN ("dim_users"."country" = s."country" OR ("dim_users"."country" IS NULL AND s."country" IS NULL)) AND ("dim_users"."plan" = s."plan" OR ("dim_users"."plan" IS NULL AND s."plan" IS NULL)) AND ("dim_users"."time_spent_s" = s."time_spent_s" OR ("dim_users"."time_spent_s" IS NULL AND s."time_spent_s" IS NULL)) AND ("dim_users"."account_age_days" = s."account_age_days" OR ("dim_users"."account_age_days" IS NULL AND s."account_age_days" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "signup_date", "country", "plan", "time_spent_s", "account_age_days", "is_inferred") SELECT (SELECT CASE WHEN max("user_sk") > 0 THEN max("user_sk") ELSE 0 END FROM "warehouse"."dim_users") + row_number() OVER (ORDER BY s."user_id"), s."user_id", s."signup_date", s."country", s."plan", s."time_spent_s", s."account_age_days", false FROM "_stage_dim_users" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id");

-- refresh always-columns of dim_users
UPDATE "warehouse"."dim_users" SET "account_age_days" = s."account_age_days" FROM (SELECT "user_id" AS "user_id", (current_date - created_at::date) AS "account_age_days" FROM (SELECT u.id AS user_id, u.created_at, u.country_code, u.plan, u.time_spent_s
FROM "app"."users" u
WHERE u._loaded_at >= $1::timestamp
) AS src) AS s WHERE "dim_users"."user_id" = s."user_id" AND CASE WHEN ("dim_users"."account_age_days" = s."account_age_days" OR ("dim_users"."account_age_days" IS NULL AND s."account_age_days" IS NULL)) THEN false ELSE true END;
-- $1 = '-infinity'

-- members dim_users wrote since
SELECT DISTINCT "user_id" FROM (SELECT u.id AS user_id, u.created_at, u.country_code, u.plan, u.time_spent_s
FROM "app"."users" u
WHERE u._loaded_at >= $1::timestamp
) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- test not_null signup_date
SELECT count(*) FROM "warehouse"."dim_users" AS t WHERE t."user_sk" <> -1 AND NOT t."is_inferred" AND (t."signup_date" IS NULL);

-- test accepted_values plan
SELECT count(*) FROM "warehouse"."dim_users" AS t WHERE t."user_sk" <> -1 AND NOT t."is_inferred" AND t."plan" IS NOT NULL AND CAST(t."plan" AS VARCHAR(65535)) NOT IN ($1::VARCHAR(65535), $2::VARCHAR(65535), $3::VARCHAR(65535), $4::VARCHAR(65535));
-- $1 = 'free'
-- $2 = 'plus'
-- $3 = 'pro'
-- $4 = 'Unknown'

-- test not_null signup_date
SELECT count(*) FROM "warehouse"."dim_users" AS t WHERE t."user_sk" <> -1 AND NOT t."is_inferred" AND EXISTS (SELECT 1 FROM "_stage_dim_users" AS x WHERE x."user_id" = t."user_id") AND (t."signup_date" IS NULL);

-- test accepted_values plan
SELECT count(*) FROM "warehouse"."dim_users" AS t WHERE t."user_sk" <> -1 AND NOT t."is_inferred" AND EXISTS (SELECT 1 FROM "_stage_dim_users" AS x WHERE x."user_id" = t."user_id") AND t."plan" IS NOT NULL AND CAST(t."plan" AS VARCHAR(65535)) NOT IN ($1::VARCHAR(65535), $2::VARCHAR(65535), $3::VARCHAR(65535), $4::VARCHAR(65535));
-- $1 = 'free'
-- $2 = 'plus'
-- $3 = 'pro'
-- $4 = 'Unknown'

-- compare dim_users
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."time_spent_s", f."account_age_days", f."is_inferred" FROM "warehouse"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."time_spent_s", f."account_age_days", f."is_inferred" FROM "warehouse__verify"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."time_spent_s", f."account_age_days", f."is_inferred" FROM "warehouse__verify"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."time_spent_s", f."account_age_days", f."is_inferred" FROM "warehouse"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred") AS b) AS y);

-- differences of dim_users
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."time_spent_s", f."account_age_days", f."is_inferred" FROM "warehouse"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."time_spent_s", f."account_age_days", f."is_inferred" FROM "warehouse__verify"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred") AS b) AS x ORDER BY x."user_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."time_spent_s", f."account_age_days", f."is_inferred" FROM "warehouse__verify"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred", count(*) AS "_n" FROM (SELECT f."user_id", f."signup_date", f."country", f."plan", f."time_spent_s", f."account_age_days", f."is_inferred" FROM "warehouse"."dim_users" AS f) AS z GROUP BY z."user_id", z."signup_date", z."country", z."plan", z."time_spent_s", z."account_age_days", z."is_inferred") AS b) AS x ORDER BY x."user_id" LIMIT 5) AS r;

-- create table fct_bookings
CREATE TABLE "warehouse"."fct_bookings" (
  "guest_sk" BIGINT NOT NULL,
  "listing_sk" BIGINT NOT NULL,
  "date_key" INTEGER NOT NULL,
  "booking_id" BIGINT NOT NULL,
  "status" VARCHAR(65535),
  "nights" INTEGER NOT NULL DEFAULT 0,
  "amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
  "date_key_unresolved" DATE
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_bookings";

-- stage rows of fct_bookings
CREATE TEMP TABLE "_stage_fct_bookings" AS SELECT * FROM (SELECT b.id AS booking_id, b.guest_id, b.listing_id, b.created_at::date AS booking_date,
       b.status, b.nights, b.amount
FROM "app"."bookings" b
WHERE b._loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_bookings" WHERE "booking_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_bookings" GROUP BY "booking_id" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT "booking_id" AS "_k0" FROM (SELECT b.id AS booking_id, b.guest_id, b.listing_id, b.created_at::date AS booking_date,
       b.status, b.nights, b.amount
FROM "app"."bookings" b
WHERE b._loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "booking_id" AS "_k0" FROM "_stage_fct_bookings") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- infer members of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "is_inferred") SELECT (SELECT CASE WHEN max("user_sk") > 0 THEN max("user_sk") ELSE 0 END FROM "warehouse"."dim_users") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."guest_id" AS k FROM "_stage_fct_bookings" AS s WHERE s."guest_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."guest_id")) AS n;

-- check references to dim_users
SELECT count(DISTINCT s."guest_id") FROM "_stage_fct_bookings" AS s WHERE s."guest_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."guest_id");

-- infer members of dim_listings
INSERT INTO "warehouse"."dim_listings" ("listing_sk", "listing_id", "is_inferred") SELECT (SELECT CASE WHEN max("listing_sk") > 0 THEN max("listing_sk") ELSE 0 END FROM "warehouse"."dim_listings") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."listing_id" AS k FROM "_stage_fct_bookings" AS s WHERE s."listing_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_listings" AS d WHERE d."listing_id" = s."listing_id")) AS n;

-- check references to dim_listings
SELECT count(DISTINCT s."listing_id") FROM "_stage_fct_bookings" AS s WHERE s."listing_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_listings" AS d WHERE d."listing_id" = s."listing_id");

-- check references to dim_date
SELECT count(DISTINCT s."booking_date") FROM "_stage_fct_bookings" AS s WHERE s."booking_date" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date" = CAST(s."booking_date" AS date));

-- update changed rows of fct_bookings
UPDATE "warehouse"."fct_bookings" SET "guest_sk" = x."guest_sk", "listing_sk" = x."listing_sk", "date_key" = x."date_key", "status" = x."status", "nights" = x."nights", "amount" = x."amount", "date_key_unresolved" = x."date_key_unresolved" FROM (SELECT coalesce(r0."user_sk", -1) AS "guest_sk", coalesce(r1."listing_sk", -1) AS "listing_sk", coalesce(r2."date_key", -1) AS "date_key", s."booking_id" AS "booking_id", s."status" AS "status", coalesce(s."nights", 0) AS "nights", coalesce(s."amount", 0) AS "amount", CASE WHEN r2."date_key" IS NULL THEN CAST(s."booking_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_bookings" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."guest_id" LEFT JOIN "warehouse"."dim_listings" AS r1 ON r1."listing_id" = s."listing_id" LEFT JOIN "warehouse"."dim_date" AS r2 ON r2."date" = CAST(s."booking_date" AS date)) AS x WHERE "fct_bookings"."booking_id" = x."booking_id" AND CASE WHEN ("fct_bookings"."guest_sk" = x."guest_sk" OR ("fct_bookings"."guest_sk" IS NULL AND x."guest_sk" IS NULL)) AND ("fct_bookings"."listing_sk" = x."listing_sk" OR ("fct_bookings"."listing_sk" IS NULL AND x."listing_sk" IS NULL)) AND ("fct_bookings"."date_key" = x."date_key" OR ("fct_bookings"."date_key" IS NULL AND x."date_key" IS NULL)) AND ("fct_bookings"."status" = x."status" OR ("fct_bookings"."status" IS NULL AND x."status" IS NULL)) AND ("fct_bookings"."nights" = x."nights" OR ("fct_bookings"."nights" IS NULL AND x."nights" IS NULL)) AND ("fct_bookings"."amount" = x."amount" OR ("fct_bookings"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_bookings"."date_key_unresolved" = x."date_key_unresolved" OR ("fct_bookings"."date_key_unresolved" IS NULL AND x."date_key_unresolved" IS NULL)) THEN false ELSE true END;

-- insert new rows of fct_bookings
INSERT INTO "warehouse"."fct_bookings" ("guest_sk", "listing_sk", "date_key", "booking_id", "status", "nights", "amount", "date_key_unresolved") SELECT x."guest_sk", x."listing_sk", x."date_key", x."booking_id", x."status", x."nights", x."amount", x."date_key_unresolved" FROM (SELECT coalesce(r0."user_sk", -1) AS "guest_sk", coalesce(r1."listing_sk", -1) AS "listing_sk", coalesce(r2."date_key", -1) AS "date_key", s."booking_id" AS "booking_id", s."status" AS "status", coalesce(s."nights", 0) AS "nights", coalesce(s."amount", 0) AS "amount", CASE WHEN r2."date_key" IS NULL THEN CAST(s."booking_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_bookings" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."guest_id" LEFT JOIN "warehouse"."dim_listings" AS r1 ON r1."listing_id" = s."listing_id" LEFT JOIN "warehouse"."dim_date" AS r2 ON r2."date" = CAST(s."booking_date" AS date)) AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_bookings" AS f WHERE f."booking_id" = x."booking_id");

-- delete rows gone from the source of fct_bookings
DELETE FROM "warehouse"."fct_bookings" WHERE NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."user_sk", -1) AS "guest_sk", coalesce(r1."listing_sk", -1) AS "listing_sk", coalesce(r2."date_key", -1) AS "date_key", s."booking_id" AS "booking_id", s."status" AS "status", coalesce(s."nights", 0) AS "nights", coalesce(s."amount", 0) AS "amount", CASE WHEN r2."date_key" IS NULL THEN CAST(s."booking_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_bookings" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."guest_id" LEFT JOIN "warehouse"."dim_listings" AS r1 ON r1."listing_id" = s."listing_id" LEFT JOIN "warehouse"."dim_date" AS r2 ON r2."date" = CAST(s."booking_date" AS date)) AS x WHERE x."booking_id" = "fct_bookings"."booking_id");

-- test accepted_values status
SELECT count(*) FROM "warehouse"."fct_bookings" AS t WHERE true AND t."status" IS NOT NULL AND CAST(t."status" AS VARCHAR(65535)) NOT IN ($1::VARCHAR(65535), $2::VARCHAR(65535), $3::VARCHAR(65535), $4::VARCHAR(65535));
-- $1 = 'requested'
-- $2 = 'confirmed'
-- $3 = 'cancelled'
-- $4 = 'completed'

-- test expression nights >= 0 AND amount >= 0
SELECT count(*) FROM "warehouse"."fct_bookings" AS t WHERE true AND (nights >= 0 AND amount >= 0) IS NOT TRUE;

-- test accepted_values status
SELECT count(*) FROM "warehouse"."fct_bookings" AS t WHERE EXISTS (SELECT 1 FROM (SELECT coalesce(r0."user_sk", -1) AS "guest_sk", coalesce(r1."listing_sk", -1) AS "listing_sk", coalesce(r2."date_key", -1) AS "date_key", s."booking_id" AS "booking_id", s."status" AS "status", coalesce(s."nights", 0) AS "nights", coalesce(s."amount", 0) AS "amount", CASE WHEN r2."date_key" IS NULL THEN CAST(s."booking_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_bookings" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."guest_id" LEFT JOIN "warehouse"."dim_listings" AS r1 ON r1."listing_id" = s."listing_id" LEFT JOIN "warehouse"."dim_date" AS r2 ON r2."date" = CAST(s."booking_date" AS date)) AS x WHERE x."booking_id" = t."booking_id") AND t."status" IS NOT NULL AND CAST(t."status" AS VARCHAR(65535)) NOT IN ($1::VARCHAR(65535), $2::VARCHAR(65535), $3::VARCHAR(65535), $4::VARCHAR(65535));
-- $1 = 'requested'
-- $2 = 'confirmed'
-- $3 = 'cancelled'
-- $4 = 'completed'

-- test expression nights >= 0 AND amount >= 0
SELECT count(*) FROM "warehouse"."fct_bookings" AS t WHERE EXISTS (SELECT 1 FROM (SELECT coalesce(r0."user_sk", -1) AS "guest_sk", coalesce(r1."listing_sk", -1) AS "listing_sk", coalesce(r2."date_key", -1) AS "date_key", s."booking_id" AS "booking_id", s."status" AS "status", coalesce(s."nights", 0) AS "nights", coalesce(s."amount", 0) AS "amount", CASE WHEN r2."date_key" IS NULL THEN CAST(s."booking_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_bookings" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."guest_id" LEFT JOIN "warehouse"."dim_listings" AS r1 ON r1."listing_id" = s."listing_id" LEFT JOIN "warehouse"."dim_date" AS r2 ON r2."date" = CAST(s."booking_date" AS date)) AS x WHERE x."booking_id" = t."booking_id") AND (nights >= 0 AND amount >= 0) IS NOT TRUE;

-- compare fct_bookings
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "guest_sk", d1."listing_id" AS "listing_sk", f."date_key", f."booking_id", f."status", f."nights", f."amount", f."date_key_unresolved" FROM "warehouse"."fct_bookings" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."guest_sk" LEFT JOIN "warehouse"."dim_listings" AS d1 ON d1."listing_sk" = f."listing_sk") AS z GROUP BY z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "guest_sk", d1."listing_id" AS "listing_sk", f."date_key", f."booking_id", f."status", f."nights", f."amount", f."date_key_unresolved" FROM "warehouse__verify"."fct_bookings" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."guest_sk" LEFT JOIN "warehouse__verify"."dim_listings" AS d1 ON d1."listing_sk" = f."listing_sk") AS z GROUP BY z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "guest_sk", d1."listing_id" AS "listing_sk", f."date_key", f."booking_id", f."status", f."nights", f."amount", f."date_key_unresolved" FROM "warehouse__verify"."fct_bookings" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."guest_sk" LEFT JOIN "warehouse__verify"."dim_listings" AS d1 ON d1."listing_sk" = f."listing_sk") AS z GROUP BY z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "guest_sk", d1."listing_id" AS "listing_sk", f."date_key", f."booking_id", f."status", f."nights", f."amount", f."date_key_unresolved" FROM "warehouse"."fct_bookings" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."guest_sk" LEFT JOIN "warehouse"."dim_listings" AS d1 ON d1."listing_sk" = f."listing_sk") AS z GROUP BY z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved") AS b) AS y);

-- differences of fct_bookings
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "guest_sk", d1."listing_id" AS "listing_sk", f."date_key", f."booking_id", f."status", f."nights", f."amount", f."date_key_unresolved" FROM "warehouse"."fct_bookings" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."guest_sk" LEFT JOIN "warehouse"."dim_listings" AS d1 ON d1."listing_sk" = f."listing_sk") AS z GROUP BY z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "guest_sk", d1."listing_id" AS "listing_sk", f."date_key", f."booking_id", f."status", f."nights", f."amount", f."date_key_unresolved" FROM "warehouse__verify"."fct_bookings" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."guest_sk" LEFT JOIN "warehouse__verify"."dim_listings" AS d1 ON d1."listing_sk" = f."listing_sk") AS z GROUP BY z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved") AS b) AS x ORDER BY x."booking_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "guest_sk", d1."listing_id" AS "listing_sk", f."date_key", f."booking_id", f."status", f."nights", f."amount", f."date_key_unresolved" FROM "warehouse__verify"."fct_bookings" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."guest_sk" LEFT JOIN "warehouse__verify"."dim_listings" AS d1 ON d1."listing_sk" = f."listing_sk") AS z GROUP BY z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "guest_sk", d1."listing_id" AS "listing_sk", f."date_key", f."booking_id", f."status", f."nights", f."amount", f."date_key_unresolved" FROM "warehouse"."fct_bookings" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."guest_sk" LEFT JOIN "warehouse"."dim_listings" AS d1 ON d1."listing_sk" = f."listing_sk") AS z GROUP BY z."guest_sk", z."listing_sk", z."date_key", z."booking_id", z."status", z."nights", z."amount", z."date_key_unresolved") AS b) AS x ORDER BY x."booking_id" LIMIT 5) AS r;

-- create table fct_daily_funnel
CREATE TABLE "warehouse"."fct_daily_funnel" (
  "date_key" INTEGER NOT NULL,
  "country" VARCHAR(65535) NOT NULL,
  "funnel_date" DATE NOT NULL,
  "searchers" INTEGER NOT NULL DEFAULT 0,
  "viewers" INTEGER NOT NULL DEFAULT 0,
  "contacters" INTEGER NOT NULL DEFAULT 0,
  "bookers" INTEGER NOT NULL DEFAULT 0,
  "date_key_unresolved" DATE
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily_funnel";

-- stage rows of fct_daily_funnel
CREATE TEMP TABLE "_stage_fct_daily_funnel" AS SELECT * FROM (SELECT (t.event_time AT TIME ZONE 'UTC')::date AS funnel_date,
       coalesce(u.country_code, 'unknown') AS country,
       count(DISTINCT CASE WHEN t.event = 'Searched' THEN t.user_id END) AS searchers,
       count(DISTINCT CASE WHEN t.event = 'Viewed Listing' THEN t.user_id END) AS viewers,
       count(DISTINCT CASE WHEN t.event = 'Contacted Host' THEN t.user_id END) AS contacters,
       count(DISTINCT CASE WHEN t.event = 'Booked' THEN t.user_id END) AS bookers
FROM "raw"."tracks" t
LEFT JOIN "app"."users" u ON u.id = t.user_id
WHERE t.event_time >= $1::timestamp AND t.event_time < $2::timestamp AND t.deleted_at IS NULL
GROUP BY 1, 2
) AS src;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily_funnel" WHERE "funnel_date" IS NULL OR "country" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily_funnel" GROUP BY "funnel_date", "country" HAVING count(*) > 1) AS d;

-- check references to dim_date
SELECT count(DISTINCT s."funnel_date") FROM "_stage_fct_daily_funnel" AS s WHERE s."funnel_date" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date" = CAST(s."funnel_date" AS date));

-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily_funnel" WHERE "funnel_date" IS NULL OR "funnel_date" < $1::timestamp OR "funnel_date" >= $2::timestamp;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete periods of fct_daily_funnel
DELETE FROM "warehouse"."fct_daily_funnel" WHERE "funnel_date" >= CAST($1 AS timestamp) AND "funnel_date" < CAST($2 AS timestamp);
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- insert fct_daily_funnel
INSERT INTO "warehouse"."fct_daily_funnel" ("date_key", "country", "funnel_date", "searchers", "viewers", "contacters", "bookers", "date_key_unresolved") SELECT coalesce(r0."date_key", -1) AS "date_key", s."country" AS "country", CAST(s."funnel_date" AS date) AS "funnel_date", coalesce(s."searchers", 0) AS "searchers", coalesce(s."viewers", 0) AS "viewers", coalesce(s."contacters", 0) AS "contacters", coalesce(s."bookers", 0) AS "bookers", CASE WHEN r0."date_key" IS NULL THEN CAST(s."funnel_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_funnel" AS s) AS s LEFT JOIN "warehouse"."dim_date" AS r0 ON r0."date" = CAST(s."funnel_date" AS date);

-- test expression searchers >= 0 AND bookers >= 0
SELECT count(*) FROM "warehouse"."fct_daily_funnel" AS t WHERE true AND (searchers >= 0 AND bookers >= 0) IS NOT TRUE;

-- test expression searchers >= 0 AND bookers >= 0
SELECT count(*) FROM "warehouse"."fct_daily_funnel" AS t WHERE EXISTS (SELECT 1 FROM (SELECT coalesce(r0."date_key", -1) AS "date_key", s."country" AS "country", CAST(s."funnel_date" AS date) AS "funnel_date", coalesce(s."searchers", 0) AS "searchers", coalesce(s."viewers", 0) AS "viewers", coalesce(s."contacters", 0) AS "contacters", coalesce(s."bookers", 0) AS "bookers", CASE WHEN r0."date_key" IS NULL THEN CAST(s."funnel_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_daily_funnel" AS s) AS s LEFT JOIN "warehouse"."dim_date" AS r0 ON r0."date" = CAST(s."funnel_date" AS date)) AS x WHERE x."date_key" = t."date_key" AND x."country" = t."country") AND (searchers >= 0 AND bookers >= 0) IS NOT TRUE;

-- compare fct_daily_funnel
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT f."date_key", f."country", f."funnel_date", f."searchers", f."viewers", f."contacters", f."bookers", f."date_key_unresolved" FROM "warehouse"."fct_daily_funnel" AS f) AS z GROUP BY z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT f."date_key", f."country", f."funnel_date", f."searchers", f."viewers", f."contacters", f."bookers", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_funnel" AS f) AS z GROUP BY z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT f."date_key", f."country", f."funnel_date", f."searchers", f."viewers", f."contacters", f."bookers", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_funnel" AS f) AS z GROUP BY z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT f."date_key", f."country", f."funnel_date", f."searchers", f."viewers", f."contacters", f."bookers", f."date_key_unresolved" FROM "warehouse"."fct_daily_funnel" AS f) AS z GROUP BY z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved") AS b) AS y);

-- differences of fct_daily_funnel
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT f."date_key", f."country", f."funnel_date", f."searchers", f."viewers", f."contacters", f."bookers", f."date_key_unresolved" FROM "warehouse"."fct_daily_funnel" AS f) AS z GROUP BY z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT f."date_key", f."country", f."funnel_date", f."searchers", f."viewers", f."contacters", f."bookers", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_funnel" AS f) AS z GROUP BY z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved") AS b) AS x ORDER BY x."date_key", x."country" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT f."date_key", f."country", f."funnel_date", f."searchers", f."viewers", f."contacters", f."bookers", f."date_key_unresolved" FROM "warehouse__verify"."fct_daily_funnel" AS f) AS z GROUP BY z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT f."date_key", f."country", f."funnel_date", f."searchers", f."viewers", f."contacters", f."bookers", f."date_key_unresolved" FROM "warehouse"."fct_daily_funnel" AS f) AS z GROUP BY z."date_key", z."country", z."funnel_date", z."searchers", z."viewers", z."contacters", z."bookers", z."date_key_unresolved") AS b) AS x ORDER BY x."date_key", x."country" LIMIT 5) AS r;

-- create table fct_user_daily_activity
CREATE TABLE "warehouse"."fct_user_daily_activity" (
  "user_sk" BIGINT NOT NULL,
  "date_key" INTEGER NOT NULL,
  "activity_date" DATE NOT NULL,
  "logins" INTEGER NOT NULL DEFAULT 0,
  "searches" INTEGER NOT NULL DEFAULT 0,
  "searches_converted" INTEGER NOT NULL DEFAULT 0,
  "date_key_unresolved" DATE
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_user_daily_activity";

-- stage rows of fct_user_daily_activity
CREATE TEMP TABLE "_stage_fct_user_daily_activity" AS SELECT * FROM (SELECT t.user_id, (t.event_time AT TIME ZONE 'UTC')::date AS activity_date,
       sum(CASE WHEN t.event = 'Logged In' THEN 1 ELSE 0 END) AS logins,
       sum(CASE WHEN t.event = 'Searched' THEN 1 ELSE 0 END) AS searches,
       -- a search converts when its user books afterwards: booked last at or after it
       sum(CASE WHEN t.event = 'Searched' AND b.last_booked >= t.event_time THEN 1 ELSE 0 END)
         AS searches_converted
FROM "raw"."tracks" t
LEFT JOIN (SELECT guest_id, max(created_at) AS last_booked
           FROM "app"."bookings" GROUP BY guest_id) b ON b.guest_id = t.user_id
WHERE t.event_time >= $1::timestamp AND t.event_time < $2::timestamp AND t.deleted_at IS NULL
GROUP BY 1, 2
) AS src;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_user_daily_activity" WHERE "user_id" IS NULL OR "activity_date" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_user_daily_activity" GROUP BY "user_id", "activity_date" HAVING count(*) > 1) AS d;

-- infer members of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "is_inferred") SELECT (SELECT CASE WHEN max("user_sk") > 0 THEN max("user_sk") ELSE 0 END FROM "warehouse"."dim_users") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."user_id" AS k FROM "_stage_fct_user_daily_activity" AS s WHERE s."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id")) AS n;

-- check references to dim_users
SELECT count(DISTINCT s."user_id") FROM "_stage_fct_user_daily_activity" AS s WHERE s."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id");

-- check references to dim_date
SELECT count(DISTINCT s."activity_date") FROM "_stage_fct_user_daily_activity" AS s WHERE s."activity_date" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date" = CAST(s."activity_date" AS date));

-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_user_daily_activity" WHERE "activity_date" IS NULL OR "activity_date" < $1::timestamp OR "activity_date" >= $2::timestamp;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete periods of fct_user_daily_activity
DELETE FROM "warehouse"."fct_user_daily_activity" WHERE "activity_date" >= CAST($1 AS timestamp) AND "activity_date" < CAST($2 AS timestamp);
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- insert fct_user_daily_activity
INSERT INTO "warehouse"."fct_user_daily_activity" ("user_sk", "date_key", "activity_date", "logins", "searches", "searches_converted", "date_key_unresolved") SELECT coalesce(r0."user_sk", -1) AS "user_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."activity_date" AS date) AS "activity_date", coalesce(s."logins", 0) AS "logins", coalesce(s."searches", 0) AS "searches", coalesce(s."searches_converted", 0) AS "searches_converted", CASE WHEN r1."date_key" IS NULL THEN CAST(s."activity_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_user_daily_activity" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."activity_date" AS date);

-- stage rows of fct_user_daily_activity
CREATE TEMP TABLE "_stage_fct_user_daily_activity" AS SELECT * FROM (SELECT t.user_id, (t.event_time AT TIME ZONE 'UTC')::date AS activity_date,
       sum(CASE WHEN t.event = 'Logged In' THEN 1 ELSE 0 END) AS logins,
       sum(CASE WHEN t.event = 'Searched' THEN 1 ELSE 0 END) AS searches,
       -- a search converts when its user books afterwards: booked last at or after it
       sum(CASE WHEN t.event = 'Searched' AND b.last_booked >= t.event_time THEN 1 ELSE 0 END)
         AS searches_converted
FROM "raw"."tracks" t
LEFT JOIN (SELECT guest_id, max(created_at) AS last_booked
           FROM "app"."bookings" GROUP BY guest_id) b ON b.guest_id = t.user_id
WHERE t.event_time >= $1::timestamp AND t.event_time < $2::timestamp AND t.deleted_at IS NULL
GROUP BY 1, 2
) AS src WHERE "user_id" IN ('7', '42');
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete rows gone from the changed grains of fct_user_daily_activity
DELETE FROM "warehouse"."fct_user_daily_activity" WHERE "fct_user_daily_activity"."activity_date" >= $1::timestamp AND "fct_user_daily_activity"."activity_date" < $2::timestamp AND "fct_user_daily_activity"."user_sk" IN (SELECT d."user_sk" FROM "warehouse"."dim_users" AS d WHERE d."user_id" IN ('7', '42')) AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."user_sk", -1) AS "user_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."activity_date" AS date) AS "activity_date", coalesce(s."logins", 0) AS "logins", coalesce(s."searches", 0) AS "searches", coalesce(s."searches_converted", 0) AS "searches_converted", CASE WHEN r1."date_key" IS NULL THEN CAST(s."activity_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_user_daily_activity" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."activity_date" AS date)) AS x WHERE x."user_sk" = "fct_user_daily_activity"."user_sk" AND x."date_key" = "fct_user_daily_activity"."date_key");
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- test expression logins >= 0 AND searches >= searches_converted
SELECT count(*) FROM "warehouse"."fct_user_daily_activity" AS t WHERE t."activity_date" >= $2::timestamp AND t."activity_date" < $1::timestamp AND t."user_sk" IN (SELECT d."user_sk" FROM "warehouse"."dim_users" AS d WHERE d."user_id" IN ('7', '42')) AND (logins >= 0 AND searches >= searches_converted) IS NOT TRUE;
-- $1 = '2025-03-01 00:00:00'
-- $2 = '2025-02-01 00:00:00'

-- refresh always-measures of fct_user_daily_activity
UPDATE "warehouse"."fct_user_daily_activity" SET "searches_converted" = x."searches_converted" FROM (SELECT coalesce(r0."user_sk", -1) AS "user_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."activity_date" AS date) AS "activity_date", coalesce(s."logins", 0) AS "logins", coalesce(s."searches", 0) AS "searches", coalesce(s."searches_converted", 0) AS "searches_converted", CASE WHEN r1."date_key" IS NULL THEN CAST(s."activity_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_user_daily_activity" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."activity_date" AS date)) AS x WHERE "fct_user_daily_activity"."user_sk" = x."user_sk" AND "fct_user_daily_activity"."date_key" = x."date_key" AND CASE WHEN ("fct_user_daily_activity"."searches_converted" = x."searches_converted" OR ("fct_user_daily_activity"."searches_converted" IS NULL AND x."searches_converted" IS NULL)) THEN false ELSE true END;

-- test expression logins >= 0 AND searches >= searches_converted
SELECT count(*) FROM "warehouse"."fct_user_daily_activity" AS t WHERE true AND (logins >= 0 AND searches >= searches_converted) IS NOT TRUE;

-- test expression logins >= 0 AND searches >= searches_converted
SELECT count(*) FROM "warehouse"."fct_user_daily_activity" AS t WHERE EXISTS (SELECT 1 FROM (SELECT coalesce(r0."user_sk", -1) AS "user_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."activity_date" AS date) AS "activity_date", coalesce(s."logins", 0) AS "logins", coalesce(s."searches", 0) AS "searches", coalesce(s."searches_converted", 0) AS "searches_converted", CASE WHEN r1."date_key" IS NULL THEN CAST(s."activity_date" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_user_daily_activity" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."activity_date" AS date)) AS x WHERE x."user_sk" = t."user_sk" AND x."date_key" = t."date_key") AND (logins >= 0 AND searches >= searches_converted) IS NOT TRUE;

-- compare fct_user_daily_activity
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."logins", f."searches", f."searches_converted", f."date_key_unresolved" FROM "warehouse"."fct_user_daily_activity" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."logins", f."searches", f."searches_converted", f."date_key_unresolved" FROM "warehouse__verify"."fct_user_daily_activity" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."logins", f."searches", f."searches_converted", f."date_key_unresolved" FROM "warehouse__verify"."fct_user_daily_activity" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."logins", f."searches", f."searches_converted", f."date_key_unresolved" FROM "warehouse"."fct_user_daily_activity" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved") AS b) AS y);

-- differences of fct_user_daily_activity
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."logins", f."searches", f."searches_converted", f."date_key_unresolved" FROM "warehouse"."fct_user_daily_activity" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."logins", f."searches", f."searches_converted", f."date_key_unresolved" FROM "warehouse__verify"."fct_user_daily_activity" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved") AS b) AS x ORDER BY x."user_sk", x."date_key" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."logins", f."searches", f."searches_converted", f."date_key_unresolved" FROM "warehouse__verify"."fct_user_daily_activity" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."activity_date", f."logins", f."searches", f."searches_converted", f."date_key_unresolved" FROM "warehouse"."fct_user_daily_activity" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."activity_date", z."logins", z."searches", z."searches_converted", z."date_key_unresolved") AS b) AS x ORDER BY x."user_sk", x."date_key" LIMIT 5) AS r;

-- create table fct_user_weekly_snapshot
CREATE TABLE "warehouse"."fct_user_weekly_snapshot" (
  "user_sk" BIGINT NOT NULL,
  "date_key" INTEGER NOT NULL,
  "week_start" DATE NOT NULL,
  "logins" INTEGER NOT NULL DEFAULT 0,
  "bookings" INTEGER NOT NULL DEFAULT 0,
  "date_key_unresolved" DATE
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_user_weekly_snapshot";

-- stage rows of fct_user_weekly_snapshot
CREATE TEMP TABLE "_stage_fct_user_weekly_snapshot" AS SELECT * FROM (SELECT t.user_id, date_trunc('week', t.event_time AT TIME ZONE 'UTC')::date AS week_start,
       sum(CASE WHEN t.event = 'Logged In' THEN 1 ELSE 0 END) AS logins,
       sum(CASE WHEN t.event = 'Booked' THEN 1 ELSE 0 END)    AS bookings
FROM "raw"."tracks" t
WHERE t.event_time >= $1::timestamp AND t.event_time < $2::timestamp AND t.deleted_at IS NULL
GROUP BY 1, 2
) AS src;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_user_weekly_snapshot" WHERE "user_id" IS NULL OR "week_start" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_user_weekly_snapshot" GROUP BY "user_id", "week_start" HAVING count(*) > 1) AS d;

-- infer members of dim_users
INSERT INTO "warehouse"."dim_users" ("user_sk", "user_id", "is_inferred") SELECT (SELECT CASE WHEN max("user_sk") > 0 THEN max("user_sk") ELSE 0 END FROM "warehouse"."dim_users") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."user_id" AS k FROM "_stage_fct_user_weekly_snapshot" AS s WHERE s."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id")) AS n;

-- check references to dim_users
SELECT count(DISTINCT s."user_id") FROM "_stage_fct_user_weekly_snapshot" AS s WHERE s."user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_users" AS d WHERE d."user_id" = s."user_id");

-- check references to dim_date
SELECT count(DISTINCT s."week_start") FROM "_stage_fct_user_weekly_snapshot" AS s WHERE s."week_start" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_date" AS d WHERE d."date" = CAST(s."week_start" AS date));

-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_user_weekly_snapshot" WHERE "week_start" IS NULL OR "week_start" < $1::timestamp OR "week_start" >= $2::timestamp;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete periods of fct_user_weekly_snapshot
DELETE FROM "warehouse"."fct_user_weekly_snapshot" WHERE "week_start" >= CAST($1 AS timestamp) AND "week_start" < CAST($2 AS timestamp);
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- insert fct_user_weekly_snapshot
INSERT INTO "warehouse"."fct_user_weekly_snapshot" ("user_sk", "date_key", "week_start", "logins", "bookings", "date_key_unresolved") SELECT coalesce(r0."user_sk", -1) AS "user_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."week_start" AS date) AS "week_start", coalesce(s."logins", 0) AS "logins", coalesce(s."bookings", 0) AS "bookings", CASE WHEN r1."date_key" IS NULL THEN CAST(s."week_start" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_user_weekly_snapshot" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."week_start" AS date);

-- densify fct_user_weekly_snapshot
INSERT INTO "warehouse"."fct_user_weekly_snapshot" ("user_sk", "date_key", "week_start", "logins", "bookings") SELECT d."user_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0 FROM (SELECT * FROM "warehouse"."dim_users" AS d WHERE d."user_sk" <> -1 AND d."signup_date" IS NOT NULL) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 week' AS period FROM (SELECT d0.d + 10 * d1.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0 CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d1) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 week' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('week', CAST(d."signup_date" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_user_weekly_snapshot" AS f WHERE f."user_sk" = d."user_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."week_start" = CAST(p.period AS date));
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- densify fct_user_weekly_snapshot
INSERT INTO "warehouse"."fct_user_weekly_snapshot" ("user_sk", "date_key", "week_start", "logins", "bookings") SELECT d."user_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0 FROM (SELECT * FROM "warehouse"."dim_users" AS d WHERE d."user_sk" <> -1 AND d."signup_date" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_user_weekly_snapshot" AS g WHERE g."user_sk" = d."user_sk" AND g."week_start" = CAST(greatest(date_trunc('week', CAST(d."signup_date" AS timestamp)), $1::timestamp) AS date))) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 week' AS period FROM (SELECT d0.d + 10 * d1.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0 CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d1) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 week' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('week', CAST(d."signup_date" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_user_weekly_snapshot" AS f WHERE f."user_sk" = d."user_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."week_start" = CAST(p.period AS date));
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- new members to densify in fct_user_weekly_snapshot
SELECT d."user_id" FROM "warehouse"."dim_users" AS d WHERE d."user_sk" <> -1 AND d."signup_date" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_user_weekly_snapshot" AS g WHERE g."user_sk" = d."user_sk" AND g."week_start" = CAST(greatest(date_trunc('week', CAST(d."signup_date" AS timestamp)), $1::timestamp) AS date)) LIMIT 100;
-- $1 = '2025-02-01 00:00:00'

-- stage rows of fct_user_weekly_snapshot
CREATE TEMP TABLE "_stage_fct_user_weekly_snapshot" AS SELECT * FROM (SELECT t.user_id, date_trunc('week', t.event_time AT TIME ZONE 'UTC')::date AS week_start,
       sum(CASE WHEN t.event = 'Logged In' THEN 1 ELSE 0 END) AS logins,
       sum(CASE WHEN t.event = 'Booked' THEN 1 ELSE 0 END)    AS bookings
FROM "raw"."tracks" t
WHERE t.event_time >= $1::timestamp AND t.event_time < $2::timestamp AND t.deleted_at IS NULL
GROUP BY 1, 2
) AS src WHERE "user_id" IN ('7', '42');
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete rows gone from the changed grains of fct_user_weekly_snapshot
DELETE FROM "warehouse"."fct_user_weekly_snapshot" WHERE "fct_user_weekly_snapshot"."week_start" >= $1::timestamp AND "fct_user_weekly_snapshot"."week_start" < $2::timestamp AND "fct_user_weekly_snapshot"."user_sk" IN (SELECT d."user_sk" FROM "warehouse"."dim_users" AS d WHERE d."user_id" IN ('7', '42')) AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."user_sk", -1) AS "user_sk", coalesce(r1."date_key", -1) AS "date_key", CAST(s."week_start" AS date) AS "week_start", coalesce(s."logins", 0) AS "logins", coalesce(s."bookings", 0) AS "bookings", CASE WHEN r1."date_key" IS NULL THEN CAST(s."week_start" AS date) END AS "date_key_unresolved" FROM (SELECT s.* FROM "_stage_fct_user_weekly_snapshot" AS s) AS s LEFT JOIN "warehouse"."dim_users" AS r0 ON r0."user_id" = s."user_id" LEFT JOIN "warehouse"."dim_date" AS r1 ON r1."date" = CAST(s."week_start" AS date)) AS x WHERE x."user_sk" = "fct_user_weekly_snapshot"."user_sk" AND x."date_key" = "fct_user_weekly_snapshot"."date_key");
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- densify fct_user_weekly_snapshot
INSERT INTO "warehouse"."fct_user_weekly_snapshot" ("user_sk", "date_key", "week_start", "logins", "bookings") SELECT d."user_sk", coalesce(x0."date_key", -1), CAST(p.period AS date), 0, 0 FROM (SELECT * FROM "warehouse"."dim_users" AS d WHERE d."user_sk" <> -1 AND d."signup_date" IS NOT NULL AND d."user_id" IN ('7', '42')) AS d CROSS JOIN (SELECT CAST($1 AS timestamp) + n.n * interval '1 week' AS period FROM (SELECT d0.d + 10 * d1.d AS n FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d0 CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) AS d1) AS n WHERE CAST($1 AS timestamp) + n.n * interval '1 week' < CAST($2 AS timestamp)) AS p LEFT JOIN "warehouse"."dim_date" AS x0 ON x0."date" = CAST(p.period AS date) WHERE date_trunc('week', CAST(d."signup_date" AS timestamp)) <= p.period AND NOT EXISTS (SELECT 1 FROM "warehouse"."fct_user_weekly_snapshot" AS f WHERE f."user_sk" = d."user_sk" AND f."date_key" IN (coalesce(x0."date_key", -1), -1) AND f."week_start" = CAST(p.period AS date));
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- compare fct_user_weekly_snapshot
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."week_start", f."logins", f."bookings", f."date_key_unresolved" FROM "warehouse"."fct_user_weekly_snapshot" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."week_start", f."logins", f."bookings", f."date_key_unresolved" FROM "warehouse__verify"."fct_user_weekly_snapshot" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."week_start", f."logins", f."bookings", f."date_key_unresolved" FROM "warehouse__verify"."fct_user_weekly_snapshot" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."week_start", f."logins", f."bookings", f."date_key_unresolved" FROM "warehouse"."fct_user_weekly_snapshot" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved") AS b) AS y);

-- differences of fct_user_weekly_snapshot
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."week_start", f."logins", f."bookings", f."date_key_unresolved" FROM "warehouse"."fct_user_weekly_snapshot" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."week_start", f."logins", f."bookings", f."date_key_unresolved" FROM "warehouse__verify"."fct_user_weekly_snapshot" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved") AS b) AS x ORDER BY x."user_sk", x."date_key" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."week_start", f."logins", f."bookings", f."date_key_unresolved" FROM "warehouse__verify"."fct_user_weekly_snapshot" AS f LEFT JOIN "warehouse__verify"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved", count(*) AS "_n" FROM (SELECT d0."user_id" AS "user_sk", f."date_key", f."week_start", f."logins", f."bookings", f."date_key_unresolved" FROM "warehouse"."fct_user_weekly_snapshot" AS f LEFT JOIN "warehouse"."dim_users" AS d0 ON d0."user_sk" = f."user_sk") AS z GROUP BY z."user_sk", z."date_key", z."week_start", z."logins", z."bookings", z."date_key_unresolved") AS b) AS x ORDER BY x."user_sk", x."date_key" LIMIT 5) AS r;

-- high water of app.users
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."users";

-- late periods from app.users
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."users" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.users
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."users" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of app.hosts
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."hosts";

-- late periods from app.hosts
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."hosts" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.hosts
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."hosts" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of app.listings
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."listings";

-- late periods from app.listings
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."listings" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.listings
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."listings" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of app.bookings
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."bookings";

-- late periods from app.bookings
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."bookings" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.bookings
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."bookings" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of app.reviews
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."reviews";

-- late periods from app.reviews
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."reviews" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.reviews
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."reviews" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
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

