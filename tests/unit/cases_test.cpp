// Golden cases are data (tests/golden/*, tests/broken/*): each folder is a project with a `cmd`
// file (the starling arguments) and an `expected` file (exit code, stdout, stderr). One
// parameterised test runs them all. STARLING_UPDATE_GOLDEN=1 rewrites `expected` from what the
// command printed: review the diff before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "support/helpers.hpp"
#include "util/strings.hpp"

namespace fs = std::filesystem;

namespace starling::testing {
namespace {

std::vector<std::string> case_dirs() {
  std::vector<std::string> out;
  for (const char* group : {"golden", "broken"}) {
    fs::path root = fs::path(STARLING_TESTS_DIR) / group;
    if (!fs::is_directory(root)) continue;
    for (const auto& e : fs::directory_iterator(root))
      if (e.is_directory() && fs::exists(e.path() / "cmd"))
        out.push_back(std::string(group) + "/" + e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

class Case : public ::testing::TestWithParam<std::string> {};

TEST_P(Case, MatchesExpected) {
  fs::path dir = fs::path(STARLING_TESTS_DIR) / GetParam();
  std::vector<std::string> args = {"--project", dir.string()};
  for (const auto& a : split(trim(read_text((dir / "cmd").string())), ' '))
    if (!a.empty()) args.push_back(a);
  auto r = run_starling(args, {{"STARLING_TARGET", ""}});
  std::string got =
      "exit: " + std::to_string(r.exit_code) + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
  fs::path expected = dir / "expected";
  const char* update = std::getenv("STARLING_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_text(expected.string(), got);
    return;
  }
  ASSERT_TRUE(fs::exists(expected)) << "no " << expected << ": run with STARLING_UPDATE_GOLDEN=1";
  EXPECT_EQ(got, read_text(expected.string())) << "case " << GetParam();
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string n = info.param;
  for (auto& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(Cases, Case, ::testing::ValuesIn(case_dirs()), case_name);

TEST(Cases, ThereAreCases) {
  // guards against a glob that silently finds nothing
  auto dirs = case_dirs();
  EXPECT_GE(std::count_if(dirs.begin(), dirs.end(),
                          [](const std::string& d) { return starts_with(d, "golden/"); }),
            3);
  EXPECT_GE(std::count_if(dirs.begin(), dirs.end(),
                          [](const std::string& d) { return starts_with(d, "broken/"); }),
            8);
}

}  // namespace
}  // namespace starling::testing
