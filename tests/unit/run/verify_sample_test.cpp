// describe_differences: a verify's sample of differing rows, told with column names.
#include <gtest/gtest.h>

#include "run/runner.hpp"

namespace starling {
namespace {

using Row = std::vector<std::optional<std::string>>;

ResultSet sample(std::vector<std::string> columns, std::vector<Row> rows) {
  ResultSet r;
  r.columns = std::move(columns);
  r.rows = std::move(rows);
  return r;
}

struct Case {
  const char* name;
  ResultSet rows;
  std::vector<std::string> key;
  std::vector<std::string> expected;
};

TEST(DescribeDifferences, Cases) {
  const std::vector<Case> cases = {
      {"a key on both sides names the columns that differ, with both values",
       sample({"side", "user_id", "plan", "country", "is_inferred"},
              {{"only in live", "5", "gold", "FR", "false"},
               {"only in rebuild", "5", "silver", "FR", "false"}}),
       {"user_id"},
       {"user_id='5': differs in plan (live 'gold', rebuild 'silver')"}},
      {"NULL against a value",
       sample({"side", "user_id", "plan"},
              {{"only in rebuild", "5", std::nullopt}, {"only in live", "5", "gold"}}),
       {"user_id"},
       {"user_id='5': differs in plan (live 'gold', rebuild NULL)"}},
      {"a row on one side only is shown whole",
       sample({"side", "user_id", "plan"},
              {{"only in live", "7", "gold"}, {"only in rebuild", "8", std::nullopt}}),
       {"user_id"},
       {"only in live: user_id='7', plan='gold'", "only in the rebuild: user_id='8', plan=NULL"}},
      {"a composite key",
       sample({"side", "user_sk", "date_key", "events"},
              {{"only in live", "1", "20250101", "3"}, {"only in rebuild", "1", "20250101", "4"}}),
       {"user_sk", "date_key"},
       {"user_sk='1', date_key='20250101': differs in events (live '3', rebuild '4')"}},
      {"Redshift's count column: a row twice on one side",
       sample({"side", "order_id", "amount", "_n"},
              {{"only in live", "10", "5.00", "2"}, {"only in rebuild", "10", "5.00", "1"}}),
       {"order_id"},
       {"order_id='10': differs in its count"}},
      {"two rows of one key on a side are shown whole",
       sample({"side", "order_id", "amount", "_n"}, {{"only in live", "10", "5.00", "2"}}),
       {"order_id"},
       {"only in live: order_id='10', amount='5.00' (2 times)"}},
  };
  for (const auto& c : cases) EXPECT_EQ(describe_differences(c.rows, c.key), c.expected) << c.name;
}

}  // namespace
}  // namespace starling
