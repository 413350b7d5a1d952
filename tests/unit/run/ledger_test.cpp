// The one writer of model_runs rows (src/run/ledger.hpp): what each outcome's row says.
#include "run/ledger.hpp"

#include <gtest/gtest.h>

#include "sql/dialect.hpp"

namespace starling {
namespace {

using Params = std::vector<std::optional<std::string>>;

TEST(Ledger, OneRowPerOutcome) {
  auto d = make_dialect(DialectName::postgres);
  ModelOutcome built{"fct", ModelStatus::success, 3, 2, 1, 4, 120, "", "applied a new column", {}};
  ModelOutcome failed{"fct", ModelStatus::failed, 0, 0, 0, 0, 80, "not_null failed", "", {}};
  ModelOutcome skipped{
      "fct", ModelStatus::skipped, 0, 0, 0, 0, 0, "skipped: upstream model dim did not build", "",
      {}};
  struct Case {
    const char* name;
    ModelOutcome out;
    Params params;
  } cases[] = {
      {"a success: its rows and its message",
       built,
       {"7", "fct", "success", "120", "3", "2", "1", "4", "applied a new column", std::nullopt}},
      {"a failure: its error, no message",
       failed,
       {"7", "fct", "failed", "80", "0", "0", "0", "0", std::nullopt, "not_null failed"}},
      {"a skipped model: why, as its message",
       skipped,
       {"7", "fct", "skipped", "0", "0", "0", "0", "0", "skipped: upstream model dim did not build",
        std::nullopt}},
  };
  for (const auto& c : cases) {
    RecordingExecutor e;
    record_model_outcome(e, d->meta_sql(), Ident("starling"), 7, c.out);
    ASSERT_EQ(e.statements().size(), 1u) << c.name;
    EXPECT_EQ(e.statements()[0].label, "record model run fct") << c.name;
    EXPECT_EQ(e.statements()[0].params, c.params) << c.name;
  }
}

TEST(Ledger, StatusText) {
  EXPECT_STREQ(to_string(ModelStatus::success), "success");
  EXPECT_STREQ(to_string(ModelStatus::failed), "failed");
  EXPECT_STREQ(to_string(ModelStatus::skipped), "skipped");
}

}  // namespace
}  // namespace starling
