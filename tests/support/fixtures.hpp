// Model files several integration tests build: small, on app.customers / app.orders.
#pragma once

#include <string>

namespace starling::testing {

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
