// Model files several integration tests build: small, on app.customers / app.orders.
#pragma once

#include <string>

namespace starling::testing {

// The `app` source of customers and orders (loaded_at: _loaded_at) as config.yaml's `sources:`
// block, with `extra` table entries after them ("      name: {}\n" each).
inline std::string app_sources(const std::string& extra = "") {
  return "  app:\n    schema: app\n    loaded_at: _loaded_at\n    tables:\n      customers: {}\n"
         "      orders: {}\n" +
         extra;
}

// The `app` schema with its customers and orders tables, empty.
inline constexpr const char* k_app_tables = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customers (id bigint PRIMARY KEY, name text,
                            _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint, amount numeric(10,2),
                         _loaded_at timestamptz NOT NULL DEFAULT now());
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
