-- create table dim_account
CREATE TABLE "warehouse"."dim_account" (
  "account_sk" BIGINT NOT NULL,
  "region" VARCHAR(40),
  "account" INTEGER,
  "owner" VARCHAR(160),
  "balance" DECIMAL(10,2),
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("account_sk")
);

-- unknown member of dim_account
INSERT INTO "warehouse"."dim_account" ("account_sk", "region", "account", "owner", "balance", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS VARCHAR(40)), CAST($3 AS INTEGER), CAST($4 AS VARCHAR(160)), CAST($5 AS DECIMAL(10,2)), CAST($6 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = 'Unknown'
-- $5 = NULL
-- $6 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_account";

-- stage rows of dim_account
CREATE TEMP TABLE "_stage_dim_account" AS SELECT "region" AS "region", (account_no) AS "account", "owner" AS "owner", "balance" AS "balance" FROM (SELECT * FROM "app"."accounts" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_account" WHERE "region" IS NULL OR "account" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_account" GROUP BY "region", "account" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0", a."_k1" FROM (SELECT "region" AS "_k0", (account_no) AS "_k1" FROM (SELECT * FROM "app"."accounts" WHERE "_loaded_at" >= $1::timestamp) AS src) AS a JOIN (SELECT "region" AS "_k0", "account" AS "_k1" FROM "_stage_dim_account") AS b ON b."_k0" = a."_k0" AND b."_k1" = a."_k1" GROUP BY a."_k0", a."_k1" HAVING count(*) > 1 ORDER BY a."_k0", a."_k1" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_account
UPDATE "warehouse"."dim_account" SET "owner" = s."owner", "balance" = s."balance", "is_inferred" = false FROM "_stage_dim_account" AS s WHERE "dim_account"."region" = s."region" AND "dim_account"."account" = s."account" AND ("dim_account"."is_inferred" OR CASE WHEN ("dim_account"."owner" = s."owner" OR ("dim_account"."owner" IS NULL AND s."owner" IS NULL)) AND ("dim_account"."balance" = s."balance" OR ("dim_account"."balance" IS NULL AND s."balance" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_account
INSERT INTO "warehouse"."dim_account" ("account_sk", "region", "account", "owner", "balance", "is_inferred") SELECT (SELECT CASE WHEN max("account_sk") > 0 THEN max("account_sk") ELSE 0 END FROM "warehouse"."dim_account") + row_number() OVER (ORDER BY s."region", s."account"), s."region", s."account", s."owner", s."balance", false FROM "_stage_dim_account" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_account" AS d WHERE d."region" = s."region" AND d."account" = s."account");

-- refresh always-columns of dim_account
UPDATE "warehouse"."dim_account" SET "balance" = s."balance" FROM (SELECT "region" AS "region", (account_no) AS "account", "balance" AS "balance" FROM (SELECT * FROM "app"."accounts" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE "dim_account"."region" = s."region" AND "dim_account"."account" = s."account" AND CASE WHEN ("dim_account"."balance" = s."balance" OR ("dim_account"."balance" IS NULL AND s."balance" IS NULL)) THEN false ELSE true END;
-- $1 = '-infinity'

-- members dim_account wrote since
SELECT DISTINCT "region" FROM (SELECT * FROM "app"."accounts" WHERE "_loaded_at" >= $1::timestamp) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- compare dim_account
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse"."dim_account" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse__verify"."dim_account" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse__verify"."dim_account" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse"."dim_account" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS b) AS y);

-- differences of dim_account
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse"."dim_account" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse__verify"."dim_account" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS b) AS x ORDER BY x."region", x."account" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse__verify"."dim_account" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse"."dim_account" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS b) AS x ORDER BY x."region", x."account" LIMIT 5) AS r;

-- create table dim_account_kept
CREATE TABLE "warehouse"."dim_account_kept" (
  "account_kept_sk" BIGINT NOT NULL,
  "region" VARCHAR(40),
  "account" INTEGER,
  "owner" VARCHAR(160),
  "balance" DECIMAL(10,2),
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("account_kept_sk")
);

-- unknown member of dim_account_kept
INSERT INTO "warehouse"."dim_account_kept" ("account_kept_sk", "region", "account", "owner", "balance", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS VARCHAR(40)), CAST($3 AS INTEGER), CAST($4 AS VARCHAR(160)), CAST($5 AS DECIMAL(10,2)), CAST($6 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = NULL
-- $4 = 'Unknown'
-- $5 = NULL
-- $6 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_account_kept";

-- stage rows of dim_account_kept
CREATE TEMP TABLE "_stage_dim_account_kept" AS SELECT "region" AS "region", "account" AS "account", "owner" AS "owner", "balance" AS "balance" FROM (SELECT region, account_no AS account, owner, balance FROM "app"."accounts"
WHERE _loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_account_kept" WHERE "region" IS NULL OR "account" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_account_kept" GROUP BY "region", "account" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0", a."_k1" FROM (SELECT "region" AS "_k0", "account" AS "_k1" FROM (SELECT region, account_no AS account, owner, balance FROM "app"."accounts"
WHERE _loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "region" AS "_k0", "account" AS "_k1" FROM "_stage_dim_account_kept") AS b ON b."_k0" = a."_k0" AND b."_k1" = a."_k1" GROUP BY a."_k0", a."_k1" HAVING count(*) > 1 ORDER BY a."_k0", a."_k1" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_account_kept
UPDATE "warehouse"."dim_account_kept" SET "owner" = CASE WHEN "dim_account_kept"."is_inferred" THEN s."owner" ELSE "dim_account_kept"."owner" END, "balance" = s."balance", "is_inferred" = false FROM "_stage_dim_account_kept" AS s WHERE "dim_account_kept"."region" = s."region" AND "dim_account_kept"."account" = s."account" AND ("dim_account_kept"."is_inferred" OR CASE WHEN ("dim_account_kept"."balance" = s."balance" OR ("dim_account_kept"."balance" IS NULL AND s."balance" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_account_kept
INSERT INTO "warehouse"."dim_account_kept" ("account_kept_sk", "region", "account", "owner", "balance", "is_inferred") SELECT (SELECT CASE WHEN max("account_kept_sk") > 0 THEN max("account_kept_sk") ELSE 0 END FROM "warehouse"."dim_account_kept") + row_number() OVER (ORDER BY s."region", s."account"), s."region", s."account", s."owner", s."balance", false FROM "_stage_dim_account_kept" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_account_kept" AS d WHERE d."region" = s."region" AND d."account" = s."account");

-- members dim_account_kept wrote since
SELECT DISTINCT "region" FROM (SELECT region, account_no AS account, owner, balance FROM "app"."accounts"
WHERE _loaded_at >= $1::timestamp
) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- compare dim_account_kept
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse"."dim_account_kept" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse__verify"."dim_account_kept" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse__verify"."dim_account_kept" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse"."dim_account_kept" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS b) AS y);

-- differences of dim_account_kept
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse"."dim_account_kept" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse__verify"."dim_account_kept" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS b) AS x ORDER BY x."region", x."account" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse__verify"."dim_account_kept" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."region", z."account", z."owner", z."balance", z."is_inferred", count(*) AS "_n" FROM (SELECT f."region", f."account", f."owner", f."balance", f."is_inferred" FROM "warehouse"."dim_account_kept" AS f) AS z GROUP BY z."region", z."account", z."owner", z."balance", z."is_inferred") AS b) AS x ORDER BY x."region", x."account" LIMIT 5) AS r;

-- create table dim_customer
CREATE TABLE "warehouse"."dim_customer" (
  "customer_sk" BIGINT NOT NULL,
  "customer_id" BIGINT,
  "name" VARCHAR(160),
  "tier_label" VARCHAR(80),
  "signup_date" DATE,
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("customer_sk")
);

-- unknown member of dim_customer
INSERT INTO "warehouse"."dim_customer" ("customer_sk", "customer_id", "name", "tier_label", "signup_date", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS BIGINT), CAST($3 AS VARCHAR(160)), CAST($4 AS VARCHAR(80)), CAST($5 AS DATE), CAST($6 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = 'Unknown'
-- $5 = NULL
-- $6 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_customer";

-- stage rows of dim_customer
CREATE TEMP TABLE "_stage_dim_customer" AS SELECT (id) AS "customer_id", "name" AS "name", (upper(tier)) AS "tier_label", "signup_date" AS "signup_date" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customer" WHERE "customer_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customer" GROUP BY "customer_id" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT (id) AS "_k0" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS a JOIN (SELECT "customer_id" AS "_k0" FROM "_stage_dim_customer") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_customer
UPDATE "warehouse"."dim_customer" SET "name" = s."name", "tier_label" = s."tier_label", "signup_date" = CASE WHEN "dim_customer"."is_inferred" THEN s."signup_date" ELSE "dim_customer"."signup_date" END, "is_inferred" = false FROM "_stage_dim_customer" AS s WHERE "dim_customer"."customer_id" = s."customer_id" AND ("dim_customer"."is_inferred" OR CASE WHEN ("dim_customer"."name" = s."name" OR ("dim_customer"."name" IS NULL AND s."name" IS NULL)) AND ("dim_customer"."tier_label" = s."tier_label" OR ("dim_customer"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_customer
INSERT INTO "warehouse"."dim_customer" ("customer_sk", "customer_id", "name", "tier_label", "signup_date", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customer") + row_number() OVER (ORDER BY s."customer_id"), s."customer_id", s."name", s."tier_label", s."signup_date", false FROM "_stage_dim_customer" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id");

-- refresh always-columns of dim_customer
UPDATE "warehouse"."dim_customer" SET "tier_label" = s."tier_label" FROM (SELECT (id) AS "customer_id", (upper(tier)) AS "tier_label" FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src) AS s WHERE "dim_customer"."customer_id" = s."customer_id" AND CASE WHEN ("dim_customer"."tier_label" = s."tier_label" OR ("dim_customer"."tier_label" IS NULL AND s."tier_label" IS NULL)) THEN false ELSE true END;
-- $1 = '-infinity'

-- members dim_customer wrote since
SELECT DISTINCT (id) FROM (SELECT * FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- test not_null name
SELECT count(*) FROM "warehouse"."dim_customer" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" AND (t."name" IS NULL);

-- test not_null name
SELECT count(*) FROM "warehouse"."dim_customer" AS t WHERE t."customer_sk" <> -1 AND NOT t."is_inferred" AND EXISTS (SELECT 1 FROM "_stage_dim_customer" AS x WHERE x."customer_id" = t."customer_id") AND (t."name" IS NULL);

-- compare dim_customer
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."signup_date", f."is_inferred" FROM "warehouse"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."signup_date", f."is_inferred" FROM "warehouse__verify"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."signup_date", f."is_inferred" FROM "warehouse__verify"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."signup_date", f."is_inferred" FROM "warehouse"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred") AS b) AS y);

-- differences of dim_customer
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."signup_date", f."is_inferred" FROM "warehouse"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."signup_date", f."is_inferred" FROM "warehouse__verify"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred") AS b) AS x ORDER BY x."customer_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."signup_date", f."is_inferred" FROM "warehouse__verify"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier_label", f."signup_date", f."is_inferred" FROM "warehouse"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."name", z."tier_label", z."signup_date", z."is_inferred") AS b) AS x ORDER BY x."customer_id" LIMIT 5) AS r;

-- create table dim_customer_code
CREATE TABLE "warehouse"."dim_customer_code" (
  "customer_code_sk" BIGINT NOT NULL,
  "customer_key" VARCHAR(80),
  "name" VARCHAR(160),
  "tier_rank" INTEGER,
  "signup_date" DATE,
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("customer_code_sk")
);

-- unknown member of dim_customer_code
INSERT INTO "warehouse"."dim_customer_code" ("customer_code_sk", "customer_key", "name", "tier_rank", "signup_date", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS VARCHAR(80)), CAST($3 AS VARCHAR(160)), CAST($4 AS INTEGER), CAST($5 AS DATE), CAST($6 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = NULL
-- $5 = NULL
-- $6 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_customer_code";

-- stage rows of dim_customer_code
CREATE TEMP TABLE "_stage_dim_customer_code" AS SELECT ('C' || CAST(id AS varchar(19))) AS "customer_key", "name" AS "name", (CASE tier WHEN 'gold' THEN 1 ELSE 2 END) AS "tier_rank", "signup_date" AS "signup_date" FROM (SELECT id, name, tier, signup_date FROM "app"."customers"
WHERE _loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customer_code" WHERE "customer_key" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customer_code" GROUP BY "customer_key" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT ('C' || CAST(id AS varchar(19))) AS "_k0" FROM (SELECT id, name, tier, signup_date FROM "app"."customers"
WHERE _loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "customer_key" AS "_k0" FROM "_stage_dim_customer_code") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_customer_code
UPDATE "warehouse"."dim_customer_code" SET "name" = s."name", "tier_rank" = s."tier_rank", "signup_date" = CASE WHEN "dim_customer_code"."is_inferred" THEN s."signup_date" ELSE "dim_customer_code"."signup_date" END, "is_inferred" = false FROM "_stage_dim_customer_code" AS s WHERE "dim_customer_code"."customer_key" = s."customer_key" AND ("dim_customer_code"."is_inferred" OR CASE WHEN ("dim_customer_code"."name" = s."name" OR ("dim_customer_code"."name" IS NULL AND s."name" IS NULL)) AND ("dim_customer_code"."tier_rank" = s."tier_rank" OR ("dim_customer_code"."tier_rank" IS NULL AND s."tier_rank" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_customer_code
INSERT INTO "warehouse"."dim_customer_code" ("customer_code_sk", "customer_key", "name", "tier_rank", "signup_date", "is_inferred") SELECT (SELECT CASE WHEN max("customer_code_sk") > 0 THEN max("customer_code_sk") ELSE 0 END FROM "warehouse"."dim_customer_code") + row_number() OVER (ORDER BY s."customer_key"), s."customer_key", s."name", s."tier_rank", s."signup_date", false FROM "_stage_dim_customer_code" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer_code" AS d WHERE d."customer_key" = s."customer_key");

-- refresh always-columns of dim_customer_code
UPDATE "warehouse"."dim_customer_code" SET "tier_rank" = s."tier_rank" FROM (SELECT ('C' || CAST(id AS varchar(19))) AS "customer_key", (CASE tier WHEN 'gold' THEN 1 ELSE 2 END) AS "tier_rank" FROM (SELECT id, name, tier, signup_date FROM "app"."customers"
WHERE _loaded_at >= $1::timestamp
) AS src) AS s WHERE "dim_customer_code"."customer_key" = s."customer_key" AND CASE WHEN ("dim_customer_code"."tier_rank" = s."tier_rank" OR ("dim_customer_code"."tier_rank" IS NULL AND s."tier_rank" IS NULL)) THEN false ELSE true END;
-- $1 = '-infinity'

-- members dim_customer_code wrote since
SELECT DISTINCT ('C' || CAST(id AS varchar(19))) FROM (SELECT id, name, tier, signup_date FROM "app"."customers"
WHERE _loaded_at >= $1::timestamp
) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- point fct_totals.customer_sk from the unknown member at the members dim_customer_code now has
UPDATE "warehouse"."fct_totals" SET "customer_sk" = d."customer_code_sk", "customer_sk_unresolved" = NULL FROM "warehouse"."dim_customer_code" AS d WHERE "fct_totals"."customer_sk" = -1 AND "fct_totals"."customer_sk_unresolved" IS NOT NULL AND d."customer_key" = "fct_totals"."customer_sk_unresolved" AND NOT d."is_inferred";

-- compare dim_customer_code
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_key", f."name", f."tier_rank", f."signup_date", f."is_inferred" FROM "warehouse"."dim_customer_code" AS f) AS z GROUP BY z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_key", f."name", f."tier_rank", f."signup_date", f."is_inferred" FROM "warehouse__verify"."dim_customer_code" AS f) AS z GROUP BY z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_key", f."name", f."tier_rank", f."signup_date", f."is_inferred" FROM "warehouse__verify"."dim_customer_code" AS f) AS z GROUP BY z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_key", f."name", f."tier_rank", f."signup_date", f."is_inferred" FROM "warehouse"."dim_customer_code" AS f) AS z GROUP BY z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred") AS b) AS y);

-- differences of dim_customer_code
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_key", f."name", f."tier_rank", f."signup_date", f."is_inferred" FROM "warehouse"."dim_customer_code" AS f) AS z GROUP BY z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_key", f."name", f."tier_rank", f."signup_date", f."is_inferred" FROM "warehouse__verify"."dim_customer_code" AS f) AS z GROUP BY z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred") AS b) AS x ORDER BY x."customer_key" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_key", f."name", f."tier_rank", f."signup_date", f."is_inferred" FROM "warehouse__verify"."dim_customer_code" AS f) AS z GROUP BY z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_key", f."name", f."tier_rank", f."signup_date", f."is_inferred" FROM "warehouse"."dim_customer_code" AS f) AS z GROUP BY z."customer_key", z."name", z."tier_rank", z."signup_date", z."is_inferred") AS b) AS x ORDER BY x."customer_key" LIMIT 5) AS r;

-- create table dim_customer_count
CREATE TABLE "warehouse"."dim_customer_count" (
  "customer_count_sk" BIGINT NOT NULL,
  "customer_id" BIGINT,
  "name" VARCHAR(160),
  "tier" VARCHAR(40),
  "signup_date" DATE,
  "order_count" BIGINT,
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY ("customer_count_sk")
);

-- unknown member of dim_customer_count
INSERT INTO "warehouse"."dim_customer_count" ("customer_count_sk", "customer_id", "name", "tier", "signup_date", "order_count", "is_inferred") VALUES (CAST($1 AS BIGINT), CAST($2 AS BIGINT), CAST($3 AS VARCHAR(160)), CAST($4 AS VARCHAR(40)), CAST($5 AS DATE), CAST($6 AS BIGINT), CAST($7 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = 'Unknown'
-- $5 = NULL
-- $6 = NULL
-- $7 = 'false'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_customer_count";

-- stage rows of dim_customer_count
CREATE TEMP TABLE "_stage_dim_customer_count" AS SELECT "customer_id" AS "customer_id", "name" AS "name", "tier" AS "tier", "signup_date" AS "signup_date", (n) AS "order_count" FROM (SELECT c.id AS customer_id, c.name, c.tier, c.signup_date,
       (SELECT count(*) FROM "app"."orders" o WHERE o.customer_id = c.id) AS n
FROM "app"."customers" c
WHERE c._loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customer_count" WHERE "customer_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customer_count" GROUP BY "customer_id" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT "customer_id" AS "_k0" FROM (SELECT c.id AS customer_id, c.name, c.tier, c.signup_date,
       (SELECT count(*) FROM "app"."orders" o WHERE o.customer_id = c.id) AS n
FROM "app"."customers" c
WHERE c._loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "customer_id" AS "_k0" FROM "_stage_dim_customer_count") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- update changed members of dim_customer_count
UPDATE "warehouse"."dim_customer_count" SET "name" = s."name", "tier" = s."tier", "signup_date" = CASE WHEN "dim_customer_count"."is_inferred" THEN s."signup_date" ELSE "dim_customer_count"."signup_date" END, "order_count" = s."order_count", "is_inferred" = false FROM "_stage_dim_customer_count" AS s WHERE "dim_customer_count"."customer_id" = s."customer_id" AND ("dim_customer_count"."is_inferred" OR CASE WHEN ("dim_customer_count"."name" = s."name" OR ("dim_customer_count"."name" IS NULL AND s."name" IS NULL)) AND ("dim_customer_count"."tier" = s."tier" OR ("dim_customer_count"."tier" IS NULL AND s."tier" IS NULL)) AND ("dim_customer_count"."order_count" = s."order_count" OR ("dim_customer_count"."order_count" IS NULL AND s."order_count" IS NULL)) THEN false ELSE true END);

-- insert new members of dim_customer_count
INSERT INTO "warehouse"."dim_customer_count" ("customer_count_sk", "customer_id", "name", "tier", "signup_date", "order_count", "is_inferred") SELECT (SELECT CASE WHEN max("customer_count_sk") > 0 THEN max("customer_count_sk") ELSE 0 END FROM "warehouse"."dim_customer_count") + row_number() OVER (ORDER BY s."customer_id"), s."customer_id", s."name", s."tier", s."signup_date", s."order_count", false FROM "_stage_dim_customer_count" AS s WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer_count" AS d WHERE d."customer_id" = s."customer_id");

-- refresh always-columns of dim_customer_count
UPDATE "warehouse"."dim_customer_count" SET "order_count" = s."order_count" FROM (SELECT "customer_id" AS "customer_id", (n) AS "order_count" FROM (SELECT c.id AS customer_id, c.name, c.tier, c.signup_date,
       (SELECT count(*) FROM "app"."orders" o WHERE o.customer_id = c.id) AS n
FROM "app"."customers" c
WHERE c._loaded_at >= $1::timestamp
) AS src) AS s WHERE "dim_customer_count"."customer_id" = s."customer_id" AND CASE WHEN ("dim_customer_count"."order_count" = s."order_count" OR ("dim_customer_count"."order_count" IS NULL AND s."order_count" IS NULL)) THEN false ELSE true END;
-- $1 = '-infinity'

-- members dim_customer_count wrote since
SELECT DISTINCT "customer_id" FROM (SELECT c.id AS customer_id, c.name, c.tier, c.signup_date,
       (SELECT count(*) FROM "app"."orders" o WHERE o.customer_id = c.id) AS n
FROM "app"."customers" c
WHERE c._loaded_at >= $1::timestamp
) AS src ORDER BY 1 LIMIT 100;
-- $1 = '2025-02-28 23:00:00'

-- compare dim_customer_count
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier", f."signup_date", f."order_count", f."is_inferred" FROM "warehouse"."dim_customer_count" AS f) AS z GROUP BY z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier", f."signup_date", f."order_count", f."is_inferred" FROM "warehouse__verify"."dim_customer_count" AS f) AS z GROUP BY z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier", f."signup_date", f."order_count", f."is_inferred" FROM "warehouse__verify"."dim_customer_count" AS f) AS z GROUP BY z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier", f."signup_date", f."order_count", f."is_inferred" FROM "warehouse"."dim_customer_count" AS f) AS z GROUP BY z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred") AS b) AS y);

-- differences of dim_customer_count
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier", f."signup_date", f."order_count", f."is_inferred" FROM "warehouse"."dim_customer_count" AS f) AS z GROUP BY z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier", f."signup_date", f."order_count", f."is_inferred" FROM "warehouse__verify"."dim_customer_count" AS f) AS z GROUP BY z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred") AS b) AS x ORDER BY x."customer_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier", f."signup_date", f."order_count", f."is_inferred" FROM "warehouse__verify"."dim_customer_count" AS f) AS z GROUP BY z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred", count(*) AS "_n" FROM (SELECT f."customer_id", f."name", f."tier", f."signup_date", f."order_count", f."is_inferred" FROM "warehouse"."dim_customer_count" AS f) AS z GROUP BY z."customer_id", z."name", z."tier", z."signup_date", z."order_count", z."is_inferred") AS b) AS x ORDER BY x."customer_id" LIMIT 5) AS r;

-- create table fct_daily
CREATE TABLE "warehouse"."fct_daily" (
  "customer_sk" BIGINT NOT NULL,
  "day" DATE NOT NULL,
  "amount" DECIMAL(10,2) NOT NULL DEFAULT 0,
  "orders" INTEGER NOT NULL DEFAULT 0
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_daily";

-- stage rows of fct_daily
CREATE TEMP TABLE "_stage_fct_daily" AS SELECT * FROM (SELECT customer_id AS customer_id, date_trunc('day', ordered_at) AS d,
       sum(amount) AS amount, count(*) AS orders
FROM "app"."orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
GROUP BY 1, 2
) AS src;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_daily" WHERE "customer_id" IS NULL OR (CAST(d AS date)) IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_daily" GROUP BY "customer_id", (CAST(d AS date)) HAVING count(*) > 1) AS d;

-- infer members of dim_customer_count
INSERT INTO "warehouse"."dim_customer_count" ("customer_count_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_count_sk") > 0 THEN max("customer_count_sk") ELSE 0 END FROM "warehouse"."dim_customer_count") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_daily" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer_count" AS d WHERE d."customer_id" = s."customer_id")) AS n;

-- check references to dim_customer_count
SELECT count(DISTINCT s."customer_id") FROM "_stage_fct_daily" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer_count" AS d WHERE d."customer_id" = s."customer_id");

-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_daily" WHERE (CAST(d AS date)) IS NULL OR (CAST(d AS date)) < $1::timestamp OR (CAST(d AS date)) >= $2::timestamp;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete periods of fct_daily
DELETE FROM "warehouse"."fct_daily" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- insert fct_daily
INSERT INTO "warehouse"."fct_daily" ("customer_sk", "day", "amount", "orders") SELECT coalesce(r0."customer_count_sk", -1) AS "customer_sk", s."_x_day" AS "day", coalesce(s."amount", 0) AS "amount", coalesce(s."orders", 0) AS "orders" FROM (SELECT s.*, (CAST(d AS date)) AS "_x_day" FROM "_stage_fct_daily" AS s) AS s LEFT JOIN "warehouse"."dim_customer_count" AS r0 ON r0."customer_id" = s."customer_id";

-- compare fct_daily
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."day", z."amount", z."orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."day", f."amount", f."orders" FROM "warehouse"."fct_daily" AS f LEFT JOIN "warehouse"."dim_customer_count" AS d0 ON d0."customer_count_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."day", z."amount", z."orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."day", z."amount", z."orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."day", f."amount", f."orders" FROM "warehouse__verify"."fct_daily" AS f LEFT JOIN "warehouse__verify"."dim_customer_count" AS d0 ON d0."customer_count_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."day", z."amount", z."orders") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."day", z."amount", z."orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."day", f."amount", f."orders" FROM "warehouse__verify"."fct_daily" AS f LEFT JOIN "warehouse__verify"."dim_customer_count" AS d0 ON d0."customer_count_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."day", z."amount", z."orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."day", z."amount", z."orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."day", f."amount", f."orders" FROM "warehouse"."fct_daily" AS f LEFT JOIN "warehouse"."dim_customer_count" AS d0 ON d0."customer_count_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."day", z."amount", z."orders") AS b) AS y);

-- differences of fct_daily
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."day", z."amount", z."orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."day", f."amount", f."orders" FROM "warehouse"."fct_daily" AS f LEFT JOIN "warehouse"."dim_customer_count" AS d0 ON d0."customer_count_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."day", z."amount", z."orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."day", z."amount", z."orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."day", f."amount", f."orders" FROM "warehouse__verify"."fct_daily" AS f LEFT JOIN "warehouse__verify"."dim_customer_count" AS d0 ON d0."customer_count_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."day", z."amount", z."orders") AS b) AS x ORDER BY x."customer_sk", x."day" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."day", z."amount", z."orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."day", f."amount", f."orders" FROM "warehouse__verify"."fct_daily" AS f LEFT JOIN "warehouse__verify"."dim_customer_count" AS d0 ON d0."customer_count_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."day", z."amount", z."orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."day", z."amount", z."orders", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."day", f."amount", f."orders" FROM "warehouse"."fct_daily" AS f LEFT JOIN "warehouse"."dim_customer_count" AS d0 ON d0."customer_count_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."day", z."amount", z."orders") AS b) AS x ORDER BY x."customer_sk", x."day" LIMIT 5) AS r;

-- create table fct_order_days
CREATE TABLE "warehouse"."fct_order_days" (
  "customer_sk" BIGINT NOT NULL,
  "order_id" BIGINT NOT NULL,
  "ordered_on" DATE,
  "amount" DECIMAL(10,2) NOT NULL DEFAULT 0
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_days";

-- stage rows of fct_order_days
CREATE TEMP TABLE "_stage_fct_order_days" AS SELECT * FROM (SELECT * FROM "app"."orders" WHERE (CAST(ordered_at AS date)) >= $1::timestamp AND (CAST(ordered_at AS date)) < $2::timestamp) AS src;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_days" WHERE (id) IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_days" GROUP BY (id) HAVING count(*) > 1) AS d;

-- infer members of dim_customer
INSERT INTO "warehouse"."dim_customer" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customer") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_order_days" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id")) AS n;

-- check references to dim_customer
SELECT count(DISTINCT s."customer_id") FROM "_stage_fct_order_days" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id");

-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_order_days" WHERE (CAST(ordered_at AS date)) IS NULL OR (CAST(ordered_at AS date)) < $1::timestamp OR (CAST(ordered_at AS date)) >= $2::timestamp;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete periods of fct_order_days
DELETE FROM "warehouse"."fct_order_days" WHERE "ordered_on" >= CAST($1 AS timestamp) AND "ordered_on" < CAST($2 AS timestamp);
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- insert fct_order_days
INSERT INTO "warehouse"."fct_order_days" ("customer_sk", "order_id", "ordered_on", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."_x_ordered_on" AS "ordered_on", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id", (CAST(ordered_at AS date)) AS "_x_ordered_on" FROM "_stage_fct_order_days" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id";

-- compare fct_order_days
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_on", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_on", f."amount" FROM "warehouse"."fct_order_days" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_on", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_on", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_on", f."amount" FROM "warehouse__verify"."fct_order_days" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_on", z."amount") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_on", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_on", f."amount" FROM "warehouse__verify"."fct_order_days" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_on", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_on", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_on", f."amount" FROM "warehouse"."fct_order_days" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_on", z."amount") AS b) AS y);

-- differences of fct_order_days
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_on", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_on", f."amount" FROM "warehouse"."fct_order_days" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_on", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_on", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_on", f."amount" FROM "warehouse__verify"."fct_order_days" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_on", z."amount") AS b) AS x ORDER BY x."order_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_on", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_on", f."amount" FROM "warehouse__verify"."fct_order_days" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_on", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_on", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_on", f."amount" FROM "warehouse"."fct_order_days" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_on", z."amount") AS b) AS x ORDER BY x."order_id" LIMIT 5) AS r;

-- create table fct_order_lines
CREATE TABLE "warehouse"."fct_order_lines" (
  "customer_sk" BIGINT NOT NULL,
  "order_no" BIGINT NOT NULL,
  "day" DATE NOT NULL,
  "amount" DECIMAL(10,2) NOT NULL DEFAULT 0
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_order_lines";

-- stage rows of fct_order_lines
CREATE TEMP TABLE "_stage_fct_order_lines" AS SELECT * FROM (SELECT customer_id AS customer_id, id, date_trunc('day', ordered_at) AS d, amount
FROM "app"."orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
) AS src;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_order_lines" WHERE (id) IS NULL OR (CAST(d AS date)) IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_order_lines" GROUP BY (id), (CAST(d AS date)) HAVING count(*) > 1) AS d;

-- infer members of dim_customer
INSERT INTO "warehouse"."dim_customer" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customer") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_order_lines" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id")) AS n;

-- check references to dim_customer
SELECT count(DISTINCT s."customer_id") FROM "_stage_fct_order_lines" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id");

-- check rows lie in their period
SELECT count(*) FROM "_stage_fct_order_lines" WHERE (CAST(d AS date)) IS NULL OR (CAST(d AS date)) < $1::timestamp OR (CAST(d AS date)) >= $2::timestamp;
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete periods of fct_order_lines
DELETE FROM "warehouse"."fct_order_lines" WHERE "day" >= CAST($1 AS timestamp) AND "day" < CAST($2 AS timestamp);
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- insert fct_order_lines
INSERT INTO "warehouse"."fct_order_lines" ("customer_sk", "order_no", "day", "amount") SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_no" AS "order_no", s."_x_day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_no", (CAST(d AS date)) AS "_x_day" FROM "_stage_fct_order_lines" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id";

-- stage rows of fct_order_lines
CREATE TEMP TABLE "_stage_fct_order_lines" AS SELECT * FROM (SELECT customer_id AS customer_id, id, date_trunc('day', ordered_at) AS d, amount
FROM "app"."orders"
WHERE ordered_at >= $1::timestamp AND ordered_at < $2::timestamp
) AS src WHERE (id) IN ('7', '42');
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- delete rows gone from the changed grains of fct_order_lines
DELETE FROM "warehouse"."fct_order_lines" WHERE "fct_order_lines"."day" >= $1::timestamp AND "fct_order_lines"."day" < $2::timestamp AND "fct_order_lines"."order_no" IN ('7', '42') AND NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_no" AS "order_no", s."_x_day" AS "day", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_no", (CAST(d AS date)) AS "_x_day" FROM "_stage_fct_order_lines" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE x."order_no" = "fct_order_lines"."order_no" AND x."day" = "fct_order_lines"."day");
-- $1 = '2025-02-01 00:00:00'
-- $2 = '2025-03-01 00:00:00'

-- compare fct_order_lines
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_no", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_no", f."day", f."amount" FROM "warehouse"."fct_order_lines" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."day", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_no", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_no", f."day", f."amount" FROM "warehouse__verify"."fct_order_lines" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."day", z."amount") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_no", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_no", f."day", f."amount" FROM "warehouse__verify"."fct_order_lines" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."day", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_no", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_no", f."day", f."amount" FROM "warehouse"."fct_order_lines" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."day", z."amount") AS b) AS y);

-- differences of fct_order_lines
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_no", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_no", f."day", f."amount" FROM "warehouse"."fct_order_lines" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."day", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_no", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_no", f."day", f."amount" FROM "warehouse__verify"."fct_order_lines" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."day", z."amount") AS b) AS x ORDER BY x."order_no", x."day" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_no", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_no", f."day", f."amount" FROM "warehouse__verify"."fct_order_lines" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."day", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_no", z."day", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_no", f."day", f."amount" FROM "warehouse"."fct_order_lines" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."day", z."amount") AS b) AS x ORDER BY x."order_no", x."day" LIMIT 5) AS r;

-- create table fct_orders
CREATE TABLE "warehouse"."fct_orders" (
  "customer_sk" BIGINT NOT NULL,
  "order_no" BIGINT NOT NULL,
  "status" VARCHAR(40),
  "amount" DECIMAL(10,2) NOT NULL DEFAULT 0,
  "customer_orders" BIGINT NOT NULL DEFAULT 0
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";

-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT o.id, 'C' || CAST(o.customer_id AS varchar(19)) AS customer_id, o.status, o.amount,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE o._loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE (id) IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY (id) HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT (id) AS "_k0" FROM (SELECT o.id, 'C' || CAST(o.customer_id AS varchar(19)) AS customer_id, o.status, o.amount,
       (SELECT count(*) FROM "app"."orders" x WHERE x.customer_id = o.customer_id)
         AS customer_orders
FROM "app"."orders" o
WHERE o._loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT (id) AS "_k0" FROM "_stage_fct_orders") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- infer members of dim_customer_code
INSERT INTO "warehouse"."dim_customer_code" ("customer_code_sk", "customer_key", "is_inferred") SELECT (SELECT CASE WHEN max("customer_code_sk") > 0 THEN max("customer_code_sk") ELSE 0 END FROM "warehouse"."dim_customer_code") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer_code" AS d WHERE d."customer_key" = s."customer_id")) AS n;

-- check references to dim_customer_code
SELECT count(DISTINCT s."customer_id") FROM "_stage_fct_orders" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer_code" AS d WHERE d."customer_key" = s."customer_id");

-- update changed rows of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_sk" = x."customer_sk", "status" = x."status", "amount" = x."amount", "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_code_sk", -1) AS "customer_sk", s."_x_order_no" AS "order_no", s."status" AS "status", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_no" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customer_code" AS r0 ON r0."customer_key" = s."customer_id") AS x WHERE "fct_orders"."order_no" = x."order_no" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."status" = x."status" OR ("fct_orders"."status" IS NULL AND x."status" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;

-- insert new rows of fct_orders
INSERT INTO "warehouse"."fct_orders" ("customer_sk", "order_no", "status", "amount", "customer_orders") SELECT x."customer_sk", x."order_no", x."status", x."amount", x."customer_orders" FROM (SELECT coalesce(r0."customer_code_sk", -1) AS "customer_sk", s."_x_order_no" AS "order_no", s."status" AS "status", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_no" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customer_code" AS r0 ON r0."customer_key" = s."customer_id") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_orders" AS f WHERE f."order_no" = x."order_no");

-- delete rows gone from the source of fct_orders
DELETE FROM "warehouse"."fct_orders" WHERE NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_code_sk", -1) AS "customer_sk", s."_x_order_no" AS "order_no", s."status" AS "status", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_no" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customer_code" AS r0 ON r0."customer_key" = s."customer_id") AS x WHERE x."order_no" = "fct_orders"."order_no");

-- refresh always-measures of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_orders" = x."customer_orders" FROM (SELECT coalesce(r0."customer_code_sk", -1) AS "customer_sk", s."_x_order_no" AS "order_no", s."status" AS "status", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_no" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customer_code" AS r0 ON r0."customer_key" = s."customer_id") AS x WHERE "fct_orders"."order_no" = x."order_no" AND CASE WHEN ("fct_orders"."customer_orders" = x."customer_orders" OR ("fct_orders"."customer_orders" IS NULL AND x."customer_orders" IS NULL)) THEN false ELSE true END;

-- test not_null order_no
SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE true AND (t."order_no" IS NULL);

-- test not_null order_no
SELECT count(*) FROM "warehouse"."fct_orders" AS t WHERE EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_code_sk", -1) AS "customer_sk", s."_x_order_no" AS "order_no", s."status" AS "status", coalesce(s."amount", 0) AS "amount", coalesce(s."customer_orders", 0) AS "customer_orders" FROM (SELECT s.*, (id) AS "_x_order_no" FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customer_code" AS r0 ON r0."customer_key" = s."customer_id") AS x WHERE x."order_no" = t."order_no") AND (t."order_no" IS NULL);

-- compare fct_orders
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."order_no", f."status", f."amount", f."customer_orders" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."order_no", f."status", f."amount", f."customer_orders" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."order_no", f."status", f."amount", f."customer_orders" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."order_no", f."status", f."amount", f."customer_orders" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders") AS b) AS y);

-- differences of fct_orders
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."order_no", f."status", f."amount", f."customer_orders" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."order_no", f."status", f."amount", f."customer_orders" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders") AS b) AS x ORDER BY x."order_no" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."order_no", f."status", f."amount", f."customer_orders" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."order_no", f."status", f."amount", f."customer_orders" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_no", z."status", z."amount", z."customer_orders") AS b) AS x ORDER BY x."order_no" LIMIT 5) AS r;

-- create table fct_orders_scanned
CREATE TABLE "warehouse"."fct_orders_scanned" (
  "customer_sk" BIGINT NOT NULL,
  "order_id" BIGINT NOT NULL,
  "status" VARCHAR(40),
  "ordered_at" TIMESTAMP,
  "amount" DECIMAL(10,2) NOT NULL DEFAULT 0
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders_scanned";

-- stage rows of fct_orders_scanned
CREATE TEMP TABLE "_stage_fct_orders_scanned" AS SELECT * FROM (SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders_scanned" WHERE (id) IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders_scanned" GROUP BY (id) HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT (id) AS "_k0" FROM (SELECT * FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp) AS src) AS a JOIN (SELECT (id) AS "_k0" FROM "_stage_fct_orders_scanned") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- infer members of dim_customer
INSERT INTO "warehouse"."dim_customer" ("customer_sk", "customer_id", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customer") + row_number() OVER (ORDER BY n.k), n.k, true FROM (SELECT DISTINCT s."customer_id" AS k FROM "_stage_fct_orders_scanned" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id")) AS n;

-- check references to dim_customer
SELECT count(DISTINCT s."customer_id") FROM "_stage_fct_orders_scanned" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id");

-- update changed rows of fct_orders_scanned
UPDATE "warehouse"."fct_orders_scanned" SET "customer_sk" = x."customer_sk", "status" = x."status", "ordered_at" = x."ordered_at", "amount" = x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."status" AS "status", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders_scanned" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE "fct_orders_scanned"."order_id" = x."order_id" AND CASE WHEN ("fct_orders_scanned"."customer_sk" = x."customer_sk" OR ("fct_orders_scanned"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders_scanned"."status" = x."status" OR ("fct_orders_scanned"."status" IS NULL AND x."status" IS NULL)) AND ("fct_orders_scanned"."ordered_at" = x."ordered_at" OR ("fct_orders_scanned"."ordered_at" IS NULL AND x."ordered_at" IS NULL)) AND ("fct_orders_scanned"."amount" = x."amount" OR ("fct_orders_scanned"."amount" IS NULL AND x."amount" IS NULL)) THEN false ELSE true END;

-- insert new rows of fct_orders_scanned
INSERT INTO "warehouse"."fct_orders_scanned" ("customer_sk", "order_id", "status", "ordered_at", "amount") SELECT x."customer_sk", x."order_id", x."status", x."ordered_at", x."amount" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."status" AS "status", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders_scanned" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_orders_scanned" AS f WHERE f."order_id" = x."order_id");

-- delete rows gone from the source of fct_orders_scanned
DELETE FROM "warehouse"."fct_orders_scanned" WHERE NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."_x_order_id" AS "order_id", s."status" AS "status", s."ordered_at" AS "ordered_at", coalesce(s."amount", 0) AS "amount" FROM (SELECT s.*, (id) AS "_x_order_id" FROM "_stage_fct_orders_scanned" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id") AS x WHERE x."order_id" = "fct_orders_scanned"."order_id");

-- compare fct_orders_scanned
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."status", f."ordered_at", f."amount" FROM "warehouse"."fct_orders_scanned" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."status", f."ordered_at", f."amount" FROM "warehouse__verify"."fct_orders_scanned" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."status", f."ordered_at", f."amount" FROM "warehouse__verify"."fct_orders_scanned" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."status", f."ordered_at", f."amount" FROM "warehouse"."fct_orders_scanned" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount") AS b) AS y);

-- differences of fct_orders_scanned
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."status", f."ordered_at", f."amount" FROM "warehouse"."fct_orders_scanned" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."status", f."ordered_at", f."amount" FROM "warehouse__verify"."fct_orders_scanned" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount") AS b) AS x ORDER BY x."order_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."status", f."ordered_at", f."amount" FROM "warehouse__verify"."fct_orders_scanned" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."status", f."ordered_at", f."amount" FROM "warehouse"."fct_orders_scanned" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."status", z."ordered_at", z."amount") AS b) AS x ORDER BY x."order_id" LIMIT 5) AS r;

-- create table fct_totals
CREATE TABLE "warehouse"."fct_totals" (
  "customer_sk" BIGINT NOT NULL,
  "orders" BIGINT,
  "amount" DECIMAL(10,2) NOT NULL DEFAULT 0,
  "customer_sk_unresolved" VARCHAR(80)
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_totals";

-- stage rows of fct_totals
CREATE TEMP TABLE "_stage_fct_totals" AS SELECT * FROM (SELECT 'C' || CAST(customer_id AS varchar(19)) AS customer_id, count(*) AS orders, sum(amount) AS amount
FROM "app"."orders"
GROUP BY 1
) AS src;

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_totals" WHERE "customer_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_totals" GROUP BY "customer_id" HAVING count(*) > 1) AS d;

-- check references to dim_customer_code
SELECT count(DISTINCT s."customer_id") FROM "_stage_fct_totals" AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer_code" AS d WHERE d."customer_key" = s."customer_id");

-- delete rows of fct_totals
DELETE FROM "warehouse"."fct_totals";

-- insert fct_totals
INSERT INTO "warehouse"."fct_totals" ("customer_sk", "orders", "amount", "customer_sk_unresolved") SELECT coalesce(r0."customer_code_sk", -1) AS "customer_sk", s."orders" AS "orders", coalesce(s."amount", 0) AS "amount", CASE WHEN r0."customer_code_sk" IS NULL THEN CAST(s."customer_id" AS varchar(20)) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_totals" AS s) AS s LEFT JOIN "warehouse"."dim_customer_code" AS r0 ON r0."customer_key" = s."customer_id" AND NOT r0."is_inferred";

-- compare fct_totals
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_totals" AS f LEFT JOIN "warehouse"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_totals" AS f LEFT JOIN "warehouse__verify"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_totals" AS f LEFT JOIN "warehouse__verify"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_totals" AS f LEFT JOIN "warehouse"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS b) AS y);

-- differences of fct_totals
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_totals" AS f LEFT JOIN "warehouse"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_totals" AS f LEFT JOIN "warehouse__verify"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS b) AS x ORDER BY x."customer_sk" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_totals" AS f LEFT JOIN "warehouse__verify"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_key" AS "customer_sk", f."orders", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_totals" AS f LEFT JOIN "warehouse"."dim_customer_code" AS d0 ON d0."customer_code_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."orders", z."amount", z."customer_sk_unresolved") AS b) AS x ORDER BY x."customer_sk" LIMIT 5) AS r;

-- high water of app.customers
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."customers";

-- late periods from app.customers
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.customers
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."customers" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of app.accounts
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."accounts";

-- late periods from app.accounts
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."accounts" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.accounts
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."accounts" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of app.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "app"."orders";

-- late periods from app.orders
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from app.orders
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "app"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- drop schema warehouse__verify
DROP SCHEMA IF EXISTS "warehouse__verify" CASCADE;

