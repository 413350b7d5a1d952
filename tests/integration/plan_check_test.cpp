// `plan` checks every model against the target's catalog without executing or writing anything
// (check/preflight): each project of tests/broken_online/ validates but does not fit the catalog,
// and `plan` reports every problem of it in one pass, exactly as its `expected` file says, on
// PostgreSQL and on the Redshift dialect in its test mode, leaving the database as it was. `run`
// fails those models before any of their work and builds the others.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "check/preflight.hpp"
#include "db/executor.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "support/version_proxy.hpp"
#include "util/strings.hpp"

namespace fs = std::filesystem;

namespace starling::testing {
namespace {

const fs::path k_root = fs::path(STARLING_TESTS_DIR) / "broken_online";

// Every object of the database's own schemas with its columns, every sequence's position, and
// the rows of every table (meta schema, models, sources) as a digest: what `plan` must not change.
std::string snapshot(const FreshDatabase& db) {
  std::string objects = db.scalar(R"SQL(
    SELECT string_agg(x, E'\n' ORDER BY x) FROM (
      SELECT 'schema ' || nspname FROM pg_namespace
       WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
      UNION ALL
      SELECT 'relation ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' ||
             coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod),
                                         ', ' ORDER BY a.attnum)
                         FROM pg_attribute a
                        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
      UNION ALL
      SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || coalesce(last_value::text, '-')
        FROM pg_sequences
      UNION ALL
      SELECT 'function ' || n.nspname || '.' || p.proname FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema') AS s(x))SQL");
  std::string tables = db.scalar(
      "SELECT string_agg(format('%I.%I', schemaname, tablename), ' ' ORDER BY 1) FROM pg_tables "
      "WHERE schemaname NOT LIKE 'pg\\_%' AND schemaname <> 'information_schema'");
  std::string rows;
  for (const auto& t : split(tables, ' '))
    if (!t.empty())
      rows += t + ": " +
              db.scalar(
                  "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER "
                  "BY t::text)), '-') FROM " +
                  t + " AS t") +
              "\n";
  return objects + "\n" + rows;
}

struct PlanCase {
  std::string name;
  bool redshift = false;
};
void PrintTo(const PlanCase& c, std::ostream* os) {
  *os << c.name << (c.redshift ? " (redshift)" : " (postgres)");
}

std::vector<PlanCase> cases() {
  std::vector<PlanCase> out;
  for (const auto& e : fs::directory_iterator(k_root))
    if (e.is_directory() && fs::exists(e.path() / "cmd"))
      for (bool redshift : {false, true}) out.push_back({e.path().filename().string(), redshift});
  std::sort(out.begin(), out.end(), [](const PlanCase& a, const PlanCase& b) {
    return std::tie(a.name, a.redshift) < std::tie(b.name, b.redshift);
  });
  return out;
}

class BrokenOnline : public ::testing::TestWithParam<PlanCase> {
 protected:
  void SetUp() override {
    copy_tree((k_root / "_shared").string(), dir.path());
    copy_tree((k_root / GetParam().name / "models").string(), dir / "models");
    dsn = db.dsn();
    if (GetParam().redshift) {
      auto [host, port] = dsn_host_port(db.dsn());
      proxy = std::make_unique<VersionProxy>(host, port, "8.0.2");
      dsn = proxy->dsn_through(db.dsn());
    }
  }
  CommandResult cmd(std::vector<std::string> args) {
    args.insert(args.begin(), {"--project", dir.path()});
    std::map<std::string, std::string> env = {{"STARLING_DSN", dsn}, {"STARLING_TARGET", ""}};
    if (GetParam().redshift) {
      env["STARLING_DIALECT"] = "redshift";
      env["STARLING_REDSHIFT_ON_POSTGRES"] = "1";
    }
    return run_starling(args, env);
  }
  FreshDatabase db;
  TempDir dir;
  std::unique_ptr<VersionProxy> proxy;
  std::string dsn;
};

TEST_P(BrokenOnline, PlanReportsEveryProblemAndLeavesTheDatabaseAsItWas) {
  const fs::path c = k_root / GetParam().name;
  ASSERT_EQ(cmd({"validate"}).exit_code, 0) << "the case must validate: " << cmd({"validate"}).err;
  auto m = cmd({"migrate"});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  // run: the models that do not fit fail before any of their work, the others are built
  auto r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("checked against the catalog before its first build: "), std::string::npos)
      << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_customers"), "3");  // 2 + unknown
  // the others have no table: nothing of their work ran
  EXPECT_EQ(db.scalar("SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE "
                      "table_schema = 'warehouse'"),
            "dim_customers");
  EXPECT_EQ(db.scalar("SELECT string_agg(model, ',' ORDER BY model) FROM starling.model_runs "
                      "WHERE status = 'failed' AND error LIKE 'checked against the catalog%'"),
            db.scalar("SELECT string_agg(m, ',' ORDER BY m) FROM (VALUES " + [&] {
              std::vector<std::string> names;
              for (const auto& f : fs::directory_iterator(c / "models"))
                names.push_back("('" + f.path().stem().string() + "')");
              return join(names, ", ");
            }() + ") AS v(m)"));

  const std::string before = snapshot(db);
  std::vector<std::string> args;
  for (const auto& a : split(trim(read_text((c / "cmd").string())), ' '))
    if (!a.empty()) args.push_back(a);
  auto p = cmd(args);
  std::string got =
      "exit: " + std::to_string(p.exit_code) + "\n--- stdout\n" + p.out + "--- stderr\n" + p.err;
  EXPECT_EQ(snapshot(db), before) << "plan changed the database";

  fs::path expected = c / (GetParam().redshift ? "expected.redshift" : "expected");
  const char* update = std::getenv("STARLING_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_text(expected.string(), got);
    return;
  }
  ASSERT_TRUE(fs::exists(expected)) << "no " << expected << ": run with STARLING_UPDATE_GOLDEN=1";
  EXPECT_EQ(got, read_text(expected.string()));
}

std::string case_name(const ::testing::TestParamInfo<PlanCase>& info) {
  return info.param.name + (info.param.redshift ? "_redshift" : "_postgres");
}

INSTANTIATE_TEST_SUITE_P(PlanCheck, BrokenOnline, ::testing::ValuesIn(cases()), case_name);

TEST(PlanCheck, ThereAreCases) {
  EXPECT_GE(cases().size(), 10u);
}

// A model with an additive change is checked with the columns run would add to its live table:
// the new column's expr and a test of it pass, a typo in another new column's expr is reported,
// and the live table keeps its columns.
TEST(PlanCheck, AnAdditiveChangeIsCheckedWithTheColumnsRunAdds) {
  FreshDatabase db;
  TempDir dir;
  copy_tree((k_root / "_shared").string(), dir.path());
  std::map<std::string, std::string> env = {{"STARLING_DSN", db.dsn()}};
  ASSERT_EQ(run_starling({"--project", dir.path(), "run"}, env).exit_code, 0);
  std::string dim = read_text(dir / "models/dim_customers.yaml");
  dim += "tests:\n  - expression: \"email_domain <> ''\"\n";
  dim.replace(dim.find("  signup_date:"), 0,
              "  email_domain: {type: text, expr: \"split_part(email, '@', 2)\"}\n");
  write_text(dir / "models/dim_customers.yaml", dim);
  const std::string before = snapshot(db);
  auto ok = run_starling({"--project", dir.path(), "plan"}, env);
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("additive change"), std::string::npos) << ok.out;
  EXPECT_EQ(ok.err, "plan: checked 1 model against the catalog of target dev: no problems\n");

  dim.replace(dim.find("  signup_date:"), 0,
              "  email_user: {type: text, expr: \"split_part(emial, '@', 1)\"}\n");
  write_text(dir / "models/dim_customers.yaml", dim);
  auto bad = run_starling({"--project", dir.path(), "plan"}, env);
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  EXPECT_NE(bad.err.find("error: models/dim_customers.yaml:3:1: dim_customers: checking stage rows "
                         "of dim_customers failed: column \"emial\" does not exist [SQLSTATE "
                         "42703]"),
            std::string::npos)
      << bad.err;
  EXPECT_EQ(snapshot(db), before) << "plan changed the database";
}

// The snapshot the tests above compare sees a row written, a sequence moved and a table made,
// so that an equal snapshot means something.
TEST(PlanCheck, TheSnapshotSeesRowsSequencesAndTables) {
  FreshDatabase db;
  TempDir dir;
  copy_tree((k_root / "_shared").string(), dir.path());
  ASSERT_EQ(run_starling({"--project", dir.path(), "run"}, {{"STARLING_DSN", db.dsn()}}).exit_code,
            0);
  std::string s0 = snapshot(db);
  db.exec("UPDATE starling.model_runs SET error = 'x'");
  std::string s1 = snapshot(db);
  EXPECT_NE(s1, s0);
  db.exec("SELECT nextval(pg_get_serial_sequence('warehouse.dim_customers', 'customers_sk'))");
  std::string s2 = snapshot(db);
  EXPECT_NE(s2, s1);
  db.exec("CREATE TABLE warehouse.extra (a int)");
  EXPECT_NE(snapshot(db), s2);
}

// The check on the run's own session: no prepared statement, no stage table, no transaction left.
TEST(PlanCheck, LeavesNoPreparedStatementStageOrTransactionInItsSession) {
  FreshDatabase db;
  TempDir dir;
  copy_tree((k_root / "_shared").string(), dir.path());
  copy_tree((k_root / "sql_errors" / "models").string(), dir / "models");
  ASSERT_EQ(
      run_starling({"--project", dir.path(), "migrate"}, {{"STARLING_DSN", db.dsn()}}).exit_code,
      0);
  LoadedProject lp(dir.path(), "dev", db.dsn());
  auto e = connect_postgres(db.dsn(), "test", std::nullopt);
  std::vector<PreflightModel> models = {
      {"dim_customers", false, {}}, {"dim_domains", false, {}}, {"fct_paid_orders", false, {}}};
  auto problems = check_models(*e, *lp.dialect, lp.project, *lp.target, models);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].model, "dim_domains");
  EXPECT_EQ(problems[1].model, "fct_paid_orders");
  EXPECT_EQ(e->transaction_depth(), 0);
  EXPECT_EQ(e->execute({"SELECT count(*) FROM pg_prepared_statements", {}, "t"}).scalar(), "0");
  EXPECT_EQ(e->execute({"SELECT count(*) FROM pg_class WHERE relname LIKE '\\_stage\\_%'", {}, "t"})
                .scalar(),
            "0");
  EXPECT_EQ(e->execute({"SELECT txid_current_if_assigned() IS NULL", {}, "t"}).scalar(), "t");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM information_schema.schemata WHERE schema_name = "
                      "'warehouse'"),
            "0");
}

}  // namespace
}  // namespace starling::testing
