-- create table dim_customer
CREATE TABLE "warehouse"."dim_customer" (
  "customer_sk" BIGINT NOT NULL,
  "customer_id" BIGINT,
  "segment" VARCHAR(65535),
  "email" VARCHAR(65535),
  "first_segment" VARCHAR(65535),
  "is_inferred" BOOLEAN NOT NULL DEFAULT false,
  "valid_from" TIMESTAMPTZ NOT NULL,
  "valid_to" TIMESTAMPTZ NOT NULL,
  "is_current" BOOLEAN NOT NULL,
  PRIMARY KEY ("customer_sk")
);

-- unknown member of dim_customer
INSERT INTO "warehouse"."dim_customer" ("customer_sk", "customer_id", "segment", "email", "first_segment", "is_inferred", "valid_from", "valid_to", "is_current") VALUES (CAST($1 AS BIGINT), CAST($2 AS BIGINT), CAST($3 AS VARCHAR(65535)), CAST($4 AS VARCHAR(65535)), CAST($5 AS VARCHAR(65535)), CAST($6 AS BOOLEAN), CAST($7 AS TIMESTAMPTZ), CAST($8 AS TIMESTAMPTZ), CAST($9 AS BOOLEAN));
-- $1 = '-1'
-- $2 = NULL
-- $3 = 'Unknown'
-- $4 = 'Unknown'
-- $5 = 'Unknown'
-- $6 = 'false'
-- $7 = '0001-01-01 00:00:00+00'
-- $8 = '9999-12-31 00:00:00+00'
-- $9 = 'true'

-- drop stage
DROP TABLE IF EXISTS "_stage_dim_customer";

-- stage rows of dim_customer
CREATE TEMP TABLE "_stage_dim_customer" AS SELECT DISTINCT (id) AS "customer_id", "segment" AS "segment", "email" AS "email", (segment) AS "first_segment", CAST((changed_at) AS timestamptz) AS "valid_from" FROM (SELECT * FROM "crm"."customer_changes" WHERE "_loaded_at" >= $1::timestamp) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_dim_customer" WHERE "customer_id" IS NULL OR "valid_from" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_dim_customer" GROUP BY "customer_id", "valid_from" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0", a."_k1" FROM (SELECT (id) AS "_k0", "valid_from" AS "_k1" FROM (SELECT * FROM "crm"."customer_changes" WHERE "_loaded_at" >= $1::timestamp) AS src) AS a JOIN (SELECT "customer_id" AS "_k0", "valid_from" AS "_k1" FROM "_stage_dim_customer") AS b ON b."_k0" = a."_k0" AND b."_k1" = a."_k1" GROUP BY a."_k0", a."_k1" HAVING count(*) > 1 ORDER BY a."_k0", a."_k1" LIMIT 6;
-- $1 = '-infinity'

-- drop the plan of dim_customer
DROP TABLE IF EXISTS "_plan_dim_customer", "_shrunk_dim_customer";

-- plan the versions of dim_customer
CREATE TEMP TABLE "_plan_dim_customer" AS WITH s AS (SELECT st.*, row_number() OVER (PARTITION BY "customer_id" ORDER BY "valid_from" DESC) AS _newest FROM "_stage_dim_customer" AS st), e AS (SELECT d."customer_id", d."valid_from", d."customer_sk" AS _sk, d."valid_to" AS _old_to, d."is_inferred" AS _was_inferred, d."segment" AS "_e_segment", d."email" AS "_e_email", d."first_segment" AS "_e_first_segment", lead(d."valid_from") OVER (PARTITION BY d."customer_id" ORDER BY d."valid_from") AS _next FROM "warehouse"."dim_customer" AS d WHERE d."customer_sk" <> -1 AND EXISTS (SELECT 1 FROM "_stage_dim_customer" AS x WHERE x."customer_id" = d."customer_id")), c AS (SELECT "customer_id", max(CASE WHEN _old_to < coalesce(_next, '9999-12-31 00:00:00+00'::timestamptz) THEN _old_to END) AS _closed_at FROM e GROUP BY "customer_id"), s2 AS (SELECT s."customer_id", CASE WHEN s._newest = 1 AND c._closed_at > s."valid_from" THEN c._closed_at + interval '1 microsecond' ELSE s."valid_from" END AS "valid_from", s._newest, s."segment", s."email" AS "_s_email", s."first_segment" AS "_s_first_segment" FROM s LEFT JOIN c ON s."customer_id" = c."customer_id" WHERE s._newest = 1 OR c._closed_at IS NULL OR s."valid_from" >= c._closed_at), pts AS (SELECT coalesce(x."customer_id", e."customer_id") AS "customer_id", coalesce(x."valid_from", e."valid_from") AS "valid_from", e._sk, e._old_to, e._was_inferred, x."customer_id" IS NOT NULL AS _staged, x._newest, CASE WHEN x."customer_id" IS NULL THEN e._was_inferred ELSE false END AS _inferred, CASE WHEN e._old_to < coalesce(e._next, '9999-12-31 00:00:00+00'::timestamptz) THEN e._old_to END AS _gap_end, CASE WHEN x."customer_id" IS NOT NULL THEN x."segment" ELSE e."_e_segment" END AS "segment", x."_s_email", e."_e_email", x."_s_first_segment", e."_e_first_segment" FROM e FULL JOIN s2 AS x ON x."customer_id" = e."customer_id" AND x."valid_from" = e."valid_from"), g AS (SELECT pts.*, count(_sk) OVER (PARTITION BY "customer_id" ORDER BY "valid_from" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS _grp FROM pts), r AS (SELECT g.*, max(_gap_end) OVER (PARTITION BY "customer_id", _grp) AS _region_end, max(CASE WHEN _sk IS NOT NULL AND NOT _was_inferred THEN 1 ELSE 0 END) OVER (PARTITION BY "customer_id") = 1 AS _has_real, first_value("_e_first_segment") OVER (PARTITION BY "customer_id" ORDER BY CASE WHEN _sk IS NOT NULL AND NOT _was_inferred THEN 0 ELSE 1 END, "valid_from" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "_first_first_segment", first_value("_s_first_segment") OVER (PARTITION BY "customer_id" ORDER BY CASE WHEN _staged THEN 0 ELSE 1 END, "valid_from" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "_oldest_first_segment", first_value("_s_email") OVER (PARTITION BY "customer_id" ORDER BY CASE WHEN _staged THEN 0 ELSE 1 END, _newest ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "_newest_email" FROM g), mk AS (SELECT r.*, lag("segment") OVER (PARTITION BY "customer_id" ORDER BY "valid_from") AS "_prev_segment", lag(_inferred) OVER (PARTITION BY "customer_id" ORDER BY "valid_from") AS _prev_inferred, lag("valid_from") OVER (PARTITION BY "customer_id" ORDER BY "valid_from") AS _prev_from, row_number() OVER (PARTITION BY "customer_id" ORDER BY "valid_from") AS _n FROM r), k AS (SELECT * FROM mk WHERE _sk IS NOT NULL OR _n = 1 OR _prev_inferred OR CASE WHEN ("segment" = "_prev_segment" OR ("segment" IS NULL AND "_prev_segment" IS NULL)) THEN false ELSE true END OR (_region_end IS NOT NULL AND "valid_from" >= _region_end AND _prev_from < _region_end)), ab AS (SELECT k.*, (_sk IS NULL AND lead(_sk) OVER (PARTITION BY "customer_id" ORDER BY "valid_from") IS NOT NULL AND NOT lead(_inferred) OVER (PARTITION BY "customer_id" ORDER BY "valid_from") AND NOT CASE WHEN ("segment" = lead("segment") OVER (PARTITION BY "customer_id" ORDER BY "valid_from") OR ("segment" IS NULL AND lead("segment") OVER (PARTITION BY "customer_id" ORDER BY "valid_from") IS NULL)) THEN false ELSE … (1189 more characters);

-- versions of dim_customer that end earlier
CREATE TEMP TABLE "_shrunk_dim_customer" AS SELECT _sk AS sk FROM "_plan_dim_customer" WHERE _sk IS NOT NULL AND "valid_to" < _old_to;

-- update the versions of dim_customer
UPDATE "warehouse"."dim_customer" SET "is_inferred" = p._inferred, "valid_from" = p."valid_from", "valid_to" = p."valid_to", "is_current" = p."is_current", "segment" = p."segment", "email" = p."email", "first_segment" = p."first_segment" FROM "_plan_dim_customer" AS p WHERE p._sk IS NOT NULL AND "dim_customer"."customer_sk" = p._sk AND CASE WHEN ("dim_customer"."is_inferred" = p._inferred OR ("dim_customer"."is_inferred" IS NULL AND p._inferred IS NULL)) AND ("dim_customer"."valid_from" = p."valid_from" OR ("dim_customer"."valid_from" IS NULL AND p."valid_from" IS NULL)) AND ("dim_customer"."valid_to" = p."valid_to" OR ("dim_customer"."valid_to" IS NULL AND p."valid_to" IS NULL)) AND ("dim_customer"."is_current" = p."is_current" OR ("dim_customer"."is_current" IS NULL AND p."is_current" IS NULL)) AND ("dim_customer"."segment" = p."segment" OR ("dim_customer"."segment" IS NULL AND p."segment" IS NULL)) AND ("dim_customer"."email" = p."email" OR ("dim_customer"."email" IS NULL AND p."email" IS NULL)) AND ("dim_customer"."first_segment" = p."first_segment" OR ("dim_customer"."first_segment" IS NULL AND p."first_segment" IS NULL)) THEN false ELSE true END;

-- insert the new versions of dim_customer
INSERT INTO "warehouse"."dim_customer" ("customer_sk", "customer_id", "valid_from", "valid_to", "is_current", "segment", "email", "first_segment", "is_inferred") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customer") + row_number() OVER (ORDER BY "customer_id", "valid_from"), "customer_id", "valid_from", "valid_to", "is_current", "segment", "email", "first_segment", _inferred FROM "_plan_dim_customer" WHERE _sk IS NULL;

-- close the versions of dim_customer whose rows are gone
INSERT INTO "_shrunk_dim_customer" SELECT d."customer_sk" FROM "warehouse"."dim_customer" AS d WHERE d."is_current" AND NOT d."is_inferred" AND d."customer_sk" <> -1 AND NOT EXISTS (SELECT 1 FROM "_stage_dim_customer" AS s WHERE s."customer_id" = d."customer_id"); UPDATE "warehouse"."dim_customer" SET "valid_to" = greatest(CAST(GETDATE() AS TIMESTAMPTZ), "valid_from" + interval '1 microsecond'), "is_current" = false WHERE "dim_customer"."is_current" AND NOT "dim_customer"."is_inferred" AND "dim_customer"."customer_sk" <> -1 AND NOT EXISTS (SELECT 1 FROM "_stage_dim_customer" AS s WHERE s."customer_id" = "dim_customer"."customer_id");

-- close the versions of dim_customer whose rows are gone
INSERT INTO "_shrunk_dim_customer" SELECT d."customer_sk" FROM "warehouse"."dim_customer" AS d WHERE d."is_current" AND NOT d."is_inferred" AND d."customer_sk" <> -1 AND d."customer_id" IN ('7', '42') AND NOT EXISTS (SELECT 1 FROM "_stage_dim_customer" AS s WHERE s."customer_id" = d."customer_id"); UPDATE "warehouse"."dim_customer" SET "valid_to" = greatest(CAST(GETDATE() AS TIMESTAMPTZ), "valid_from" + interval '1 microsecond'), "is_current" = false WHERE "dim_customer"."is_current" AND NOT "dim_customer"."is_inferred" AND "dim_customer"."customer_sk" <> -1 AND "dim_customer"."customer_id" IN ('7', '42') AND NOT EXISTS (SELECT 1 FROM "_stage_dim_customer" AS s WHERE s."customer_id" = "dim_customer"."customer_id");

-- re-point fct_orders.customer_sk at the versions of dim_customer
UPDATE "warehouse"."fct_orders" SET "customer_sk" = r."_to", "customer_sk_unresolved" = r."_key" FROM (SELECT g."order_id", coalesce(n."customer_sk", -1) AS "_to", CASE WHEN n."customer_sk" IS NULL THEN o."customer_id" END AS "_key" FROM "warehouse"."fct_orders" AS g JOIN "warehouse"."dim_customer" AS o ON g."customer_sk" = o."customer_sk" LEFT JOIN "warehouse"."dim_customer" AS n ON n."customer_id" = o."customer_id" AND g."ordered_at" >= n."valid_from" AND g."ordered_at" < n."valid_to" WHERE o."customer_sk" IN (SELECT sk FROM "_shrunk_dim_customer") AND NOT (g."ordered_at" >= o."valid_from" AND g."ordered_at" < o."valid_to")) AS r WHERE "fct_orders"."order_id" = r."order_id";

-- point fct_orders.customer_sk from the unknown member at the members dim_customer now has
UPDATE "warehouse"."fct_orders" SET "customer_sk" = d."customer_sk", "customer_sk_unresolved" = NULL FROM "warehouse"."dim_customer" AS d WHERE "fct_orders"."customer_sk" = -1 AND "fct_orders"."customer_sk_unresolved" IS NOT NULL AND d."customer_id" = "fct_orders"."customer_sk_unresolved" AND "fct_orders"."ordered_at" >= d."valid_from" AND "fct_orders"."ordered_at" < d."valid_to";

-- compare dim_customer
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current", count(*) AS "_n" FROM (SELECT f."customer_id", f."segment", f."email", f."first_segment", f."is_inferred", f."valid_from", f."valid_to", f."is_current" FROM "warehouse"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current", count(*) AS "_n" FROM (SELECT f."customer_id", f."segment", f."email", f."first_segment", f."is_inferred", f."valid_from", f."valid_to", f."is_current" FROM "warehouse__verify"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current", count(*) AS "_n" FROM (SELECT f."customer_id", f."segment", f."email", f."first_segment", f."is_inferred", f."valid_from", f."valid_to", f."is_current" FROM "warehouse__verify"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current", count(*) AS "_n" FROM (SELECT f."customer_id", f."segment", f."email", f."first_segment", f."is_inferred", f."valid_from", f."valid_to", f."is_current" FROM "warehouse"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current") AS b) AS y);

-- differences of dim_customer
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current", count(*) AS "_n" FROM (SELECT f."customer_id", f."segment", f."email", f."first_segment", f."is_inferred", f."valid_from", f."valid_to", f."is_current" FROM "warehouse"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current", count(*) AS "_n" FROM (SELECT f."customer_id", f."segment", f."email", f."first_segment", f."is_inferred", f."valid_from", f."valid_to", f."is_current" FROM "warehouse__verify"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current") AS b) AS x ORDER BY x."customer_id", x."valid_from" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current", count(*) AS "_n" FROM (SELECT f."customer_id", f."segment", f."email", f."first_segment", f."is_inferred", f."valid_from", f."valid_to", f."is_current" FROM "warehouse__verify"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current") AS a EXCEPT SELECT * FROM (SELECT z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current", count(*) AS "_n" FROM (SELECT f."customer_id", f."segment", f."email", f."first_segment", f."is_inferred", f."valid_from", f."valid_to", f."is_current" FROM "warehouse"."dim_customer" AS f) AS z GROUP BY z."customer_id", z."segment", z."email", z."first_segment", z."is_inferred", z."valid_from", z."valid_to", z."is_current") AS b) AS x ORDER BY x."customer_id", x."valid_from" LIMIT 5) AS r;

-- create table fct_orders
CREATE TABLE "warehouse"."fct_orders" (
  "customer_sk" BIGINT NOT NULL,
  "order_id" BIGINT NOT NULL,
  "ordered_at" TIMESTAMPTZ,
  "amount" DECIMAL(10,2),
  "customer_sk_unresolved" BIGINT
);

-- drop stage
DROP TABLE IF EXISTS "_stage_fct_orders";

-- stage rows of fct_orders
CREATE TEMP TABLE "_stage_fct_orders" AS SELECT * FROM (SELECT id AS order_id, customer_id, ordered_at, amount FROM "crm"."orders"
WHERE _loaded_at >= $1::timestamp
) AS src;
-- $1 = '2025-02-28 23:00:00'

-- check for NULL keys
SELECT count(*) FROM "_stage_fct_orders" WHERE "order_id" IS NULL;

-- check for duplicate keys
SELECT count(*) FROM (SELECT 1 FROM "_stage_fct_orders" GROUP BY "order_id" HAVING count(*) > 1) AS d;

-- check for keys read before
SELECT a."_k0" FROM (SELECT "order_id" AS "_k0" FROM (SELECT id AS order_id, customer_id, ordered_at, amount FROM "crm"."orders"
WHERE _loaded_at >= $1::timestamp
) AS src) AS a JOIN (SELECT "order_id" AS "_k0" FROM "_stage_fct_orders") AS b ON b."_k0" = a."_k0" GROUP BY a."_k0" HAVING count(*) > 1 ORDER BY a."_k0" LIMIT 6;
-- $1 = '-infinity'

-- infer members of dim_customer
INSERT INTO "warehouse"."dim_customer" ("customer_sk", "customer_id", "is_inferred", "valid_from", "valid_to", "is_current") SELECT (SELECT CASE WHEN max("customer_sk") > 0 THEN max("customer_sk") ELSE 0 END FROM "warehouse"."dim_customer") + row_number() OVER (ORDER BY n.k), n.k, true, '0001-01-01 00:00:00+00'::timestamptz, coalesce(n.first, '9999-12-31 00:00:00+00'::timestamptz), n.first IS NULL FROM (SELECT m.k, m.earliest, (SELECT min(d."valid_from") FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = m.k) AS first FROM (SELECT s."customer_id" AS k, min(s."_as_of") AS earliest FROM (SELECT st.*, "ordered_at" AS "_as_of" FROM "_stage_fct_orders" AS st) AS s WHERE s."customer_id" IS NOT NULL AND s."_as_of" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id" AND s."_as_of" >= d."valid_from" AND s."_as_of" < d."valid_to") GROUP BY s."customer_id") AS m) AS n WHERE n.first IS NULL OR (n.earliest < n.first AND n.first > '0001-01-01 00:00:00+00'::timestamptz);

-- check references to dim_customer
SELECT count(DISTINCT s."customer_id") FROM (SELECT st.*, "ordered_at" AS "_as_of" FROM "_stage_fct_orders" AS st) AS s WHERE s."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "warehouse"."dim_customer" AS d WHERE d."customer_id" = s."customer_id" AND s."_as_of" >= d."valid_from" AND s."_as_of" < d."valid_to");

-- update changed rows of fct_orders
UPDATE "warehouse"."fct_orders" SET "customer_sk" = x."customer_sk", "ordered_at" = x."ordered_at", "amount" = x."amount", "customer_sk_unresolved" = x."customer_sk_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."order_id" AS "order_id", s."ordered_at" AS "ordered_at", s."amount" AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id" AND s."ordered_at" >= r0."valid_from" AND s."ordered_at" < r0."valid_to") AS x WHERE "fct_orders"."order_id" = x."order_id" AND CASE WHEN ("fct_orders"."customer_sk" = x."customer_sk" OR ("fct_orders"."customer_sk" IS NULL AND x."customer_sk" IS NULL)) AND ("fct_orders"."ordered_at" = x."ordered_at" OR ("fct_orders"."ordered_at" IS NULL AND x."ordered_at" IS NULL)) AND ("fct_orders"."amount" = x."amount" OR ("fct_orders"."amount" IS NULL AND x."amount" IS NULL)) AND ("fct_orders"."customer_sk_unresolved" = x."customer_sk_unresolved" OR ("fct_orders"."customer_sk_unresolved" IS NULL AND x."customer_sk_unresolved" IS NULL)) THEN false ELSE true END;

-- insert new rows of fct_orders
INSERT INTO "warehouse"."fct_orders" ("customer_sk", "order_id", "ordered_at", "amount", "customer_sk_unresolved") SELECT x."customer_sk", x."order_id", x."ordered_at", x."amount", x."customer_sk_unresolved" FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."order_id" AS "order_id", s."ordered_at" AS "ordered_at", s."amount" AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id" AND s."ordered_at" >= r0."valid_from" AND s."ordered_at" < r0."valid_to") AS x WHERE NOT EXISTS (SELECT 1 FROM "warehouse"."fct_orders" AS f WHERE f."order_id" = x."order_id");

-- delete rows gone from the source of fct_orders
DELETE FROM "warehouse"."fct_orders" WHERE NOT EXISTS (SELECT 1 FROM (SELECT coalesce(r0."customer_sk", -1) AS "customer_sk", s."order_id" AS "order_id", s."ordered_at" AS "ordered_at", s."amount" AS "amount", CASE WHEN r0."customer_sk" IS NULL THEN CAST(s."customer_id" AS bigint) END AS "customer_sk_unresolved" FROM (SELECT s.* FROM "_stage_fct_orders" AS s) AS s LEFT JOIN "warehouse"."dim_customer" AS r0 ON r0."customer_id" = s."customer_id" AND s."ordered_at" >= r0."valid_from" AND s."ordered_at" < r0."valid_to") AS x WHERE x."order_id" = "fct_orders"."order_id");

-- compare fct_orders
SELECT (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved") AS b) AS x) + (SELECT count(*) FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved") AS b) AS y);

-- differences of fct_orders
SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved") AS b) AS x ORDER BY x."order_id" LIMIT 5) AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount", f."customer_sk_unresolved" FROM "warehouse__verify"."fct_orders" AS f LEFT JOIN "warehouse__verify"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved") AS a EXCEPT SELECT * FROM (SELECT z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved", count(*) AS "_n" FROM (SELECT d0."customer_id" AS "customer_sk", f."order_id", f."ordered_at", f."amount", f."customer_sk_unresolved" FROM "warehouse"."fct_orders" AS f LEFT JOIN "warehouse"."dim_customer" AS d0 ON d0."customer_sk" = f."customer_sk") AS z GROUP BY z."customer_sk", z."order_id", z."ordered_at", z."amount", z."customer_sk_unresolved") AS b) AS x ORDER BY x."order_id" LIMIT 5) AS r;

-- high water of crm.customer_changes
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "crm"."customer_changes";

-- late periods from crm.customer_changes
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "crm"."customer_changes" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from crm.customer_changes
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "crm"."customer_changes" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- high water of crm.orders
SELECT to_char(max("_loaded_at"), 'YYYY-MM-DD HH24:MI:SS.US') FROM "crm"."orders";

-- late periods from crm.orders
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS') FROM "crm"."orders" WHERE "_loaded_at" >= $1::timestamp;
-- $1 = '2025-02-28 23:00:00'

-- changed grains from crm.orders
SELECT DISTINCT to_char(date_trunc('day', "created_at"), 'YYYY-MM-DD HH24:MI:SS'), "id" FROM "crm"."orders" WHERE "_loaded_at" >= $1::timestamp LIMIT 100001;
-- $1 = '2025-02-28 23:00:00'

-- drop schema warehouse__verify
DROP SCHEMA IF EXISTS "warehouse__verify" CASCADE;

