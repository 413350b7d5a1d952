// Project files several integration tests write: the `app` source, its tables, and small models
// on app.customers / app.orders / app.users.
#pragma once

#include <string>
#include <vector>

namespace starling::testing {

// The `app` source (schema app, loaded_at: _loaded_at) as an entry of config.yaml's `sources:`:
// `options` (lines such as "    freshness: {warn_after: 2h, error_after: 6h}\n") before its
// `tables`, each table an entry of its own with no options.
inline std::string app_source(const std::vector<std::string>& tables,
                              const std::string& options = "") {
  std::string s =
      "  app:\n    schema: app\n    loaded_at: _loaded_at\n" + options + "    tables:\n";
  for (const auto& t : tables) s += "      " + t + ": {}\n";
  return s;
}

// The `app` source of customers and orders (loaded_at: _loaded_at) as config.yaml's `sources:`
// block, with `extra` table entries after them ("      name: {}\n" each).
inline std::string app_sources(const std::string& extra = "") {
  return app_source({"customers", "orders"}) + extra;
}

// The freshness thresholds of a source whose tables are measured: warn after 2 h, error after 6 h.
inline constexpr const char* k_freshness_2h_6h =
    "    freshness: {warn_after: 2h, error_after: 6h}\n";

// A dimension of ENTITYs from the app table `table` (its `id` and a text `name`): key
// ENTITY_id, surrogate key ENTITY_sk, rows loaded since the watermark, and `and_where` (a line
// "    AND …", or nothing) added to that filter.
inline std::string named_dimension(const std::string& entity, const std::string& table,
                                   const std::string& and_where = "") {
  return "kind: dimension\nsql: |\n  SELECT id AS " + entity + "_id, name FROM {{ source('app','" +
         table + "') }}\n  WHERE _loaded_at >= {{ since }}\n" + and_where + "key: " + entity +
         "_id\nsurrogate_key: " + entity + "_sk\ncolumns:\n  " + entity +
         "_id: {type: bigint}\n  name: {type: text}\n";
}

// dim_customers of app.customers, built incrementally (named_dimension).
inline const std::string k_customers_dim = named_dimension("customer", "customers");

// dim_customers read `from: app.customers` (no SQL), its columns last so that a test can add more.
inline constexpr const char* k_customers_from_dim = R"Y(kind: dimension
from: app.customers
key: customer_id
surrogate_key: customer_sk
columns:
  customer_id: {type: bigint, expr: id}
  name: {type: text}
)Y";

// The `app` schema with its customers and orders tables, empty.
inline constexpr const char* k_app_tables = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customers (id bigint PRIMARY KEY, name text,
                            _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint, amount numeric(10,2),
                         _loaded_at timestamptz NOT NULL DEFAULT now());
)Y";

// The `app` schema with users (name and tier of the type `text`) and their orders, empty; the
// role READER (a test's own role stands in for it) that the dashboard views are granted to.
inline std::string users_orders_tables(const std::string& name_type = "text",
                                       const std::string& tier_type = "text",
                                       const std::string& more_tables = "") {
  return "\nCREATE SCHEMA app;\nCREATE TABLE app.users (id bigint PRIMARY KEY, name " + name_type +
         ", tier " + tier_type +
         ",\n                        _loaded_at timestamptz NOT NULL DEFAULT now());\n"
         "CREATE TABLE app.orders (id bigint PRIMARY KEY, user_id bigint, amount numeric(10,2),\n"
         "                         _loaded_at timestamptz NOT NULL DEFAULT now());\n" +
         more_tables + "CREATE ROLE READER;\n";
}

// dim_users of app.users (users_orders_tables) with its name and tier, whose name is never NULL.
inline std::string users_dim(const std::string& name_type = "text",
                             const std::string& tier_type = "text") {
  auto quoted = [](const std::string& t) { return t == "text" ? t : "\"" + t + "\""; };
  return "kind: dimension\nsql: |\n  SELECT id AS user_id, name, tier FROM {{ "
         "source('app','users') "
         "}}\n  WHERE _loaded_at >= {{ since }}\nkey: user_id\nsurrogate_key: user_sk\ncolumns:\n"
         "  user_id: {type: bigint}\n  name: {type: " +
         quoted(name_type) + "}\n  tier: {type: " + quoted(tier_type) +
         "}\ntests:\n  - not_null: name\n";
}

// Two customers and three orders, the last of a customer not (yet) among them.
inline constexpr const char* k_app_rows =
    R"Y(INSERT INTO app.customers (id, name) VALUES (1, 'ann'), (2, 'bob');
INSERT INTO app.orders (id, customer_id, amount) VALUES (10, 1, 5), (11, 2, 7), (12, 3, 9);
)Y";

// A key fact of orders (app.orders, whose `key` column names the member) referencing the dimension
// `dim` by its surrogate key `sk`, inferring unknown members.
inline std::string orders_fact(const std::string& dim, const std::string& sk,
                               const std::string& key) {
  return "kind: fact\nsql: |\n  SELECT id AS order_id, " + key +
         ", amount FROM {{ source('app','orders') }}\n  WHERE _loaded_at >= {{ since }}\n"
         "grain: [order_id]\nreferences:\n  " +
         sk + ": {dimension: " + dim + ", key: " + key +
         ", on_missing: infer}\ncolumns:\n  order_id: {type: bigint}\nmeasures:\n  amount: "
         "{type: \"numeric(10,2)\", default: 0}\nincremental: {strategy: key}\n";
}

// The fact of orders referencing dim_customers (customer_sk), and the same referencing dim_users.
inline const std::string k_customer_orders_fact =
    orders_fact("dim_customers", "customer_sk", "customer_id");
inline const std::string k_user_orders_fact = orders_fact("dim_users", "user_sk", "user_id");

// app.customers and app.orders with two rows each, and app.pause: how long dim_customers'
// statement sleeps (k_pausing_customers_dim), for tests that kill a run while a statement runs.
inline const std::string k_pause_migration = std::string(k_app_tables) + R"Y(
CREATE TABLE app.pause (seconds double precision NOT NULL,
                        _loaded_at timestamptz NOT NULL DEFAULT now());
INSERT INTO app.pause (seconds) VALUES (0);
INSERT INTO app.customers (id, name) VALUES (1, 'ada'), (2, 'bob');
INSERT INTO app.orders (id, customer_id, amount) VALUES (1, 1, 5.00), (2, 2, 7.00);
)Y";
inline const std::string k_pausing_customers_dim = named_dimension(
    "customer", "customers",
    "    AND (SELECT count(*) FROM {{ source('app','pause') }} p, pg_sleep(p.seconds)) >= 0\n");

// A dashboard view over dim_users and fct_orders, granted to the role READER (replaced by a test's
// own role): an R__ migration that a rebuild must run again.
inline constexpr const char* k_user_orders_views = R"Y(-- dashboards
CREATE OR REPLACE VIEW warehouse.v_user_orders AS
SELECT u.name, count(*) AS orders, sum(o.amount) AS amount
FROM warehouse.fct_orders o JOIN warehouse.dim_users u ON u.user_sk = o.user_sk
GROUP BY u.name;
GRANT SELECT ON warehouse.v_user_orders TO READER;
)Y";

}  // namespace starling::testing
