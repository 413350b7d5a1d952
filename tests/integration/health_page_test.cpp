// `starling health --html` rendered by a real browser: headless Chromium (Debian's `chromium`,
// installed by scripts/test.sh) prints the page to PDF, whose text pdftotext reads back, and takes
// a screenshot, which must be the size asked for and far from blank.
#include <gtest/gtest.h>

#include <cstdint>

#include "support/fixtures.hpp"
#include "support/helpers.hpp"

namespace starling::testing {
namespace {

CommandResult chromium(const TempDir& profile, const std::vector<std::string>& args) {
  std::vector<std::string> all = {"--headless",     "--no-sandbox",
                                  "--disable-gpu",  "--hide-scrollbars",
                                  "--no-first-run", "--user-data-dir=" + profile.path()};
  all.insert(all.end(), args.begin(), args.end());
  return run_program("chromium", all, {{"HOME", profile.path()}});
}

// Width and height from a PNG's IHDR chunk.
std::pair<uint32_t, uint32_t> png_size(const std::string& png) {
  auto be32 = [&](size_t at) {
    return (uint32_t(uint8_t(png[at])) << 24) | (uint32_t(uint8_t(png[at + 1])) << 16) |
           (uint32_t(uint8_t(png[at + 2])) << 8) | uint32_t(uint8_t(png[at + 3]));
  };
  if (png.size() < 24 || png.compare(1, 3, "PNG") != 0) return {0, 0};
  return {be32(16), be32(20)};
}

TEST(HealthPage, RendersInARealBrowser) {
  FreshDatabase db;
  TempDir dir;
  write_text(dir / "config.yaml",
             config_for(db.dsn(), app_source({"users", "orders"}, k_freshness_2h_6h)));
  write_text(dir / "models/dim_users.yaml",
             named_dimension("user", "users") + "tests:\n  - not_null: name\n");
  db.exec(
      "CREATE SCHEMA app;"
      "CREATE TABLE app.users (id bigint, name text, _loaded_at timestamptz);"
      "CREATE TABLE app.orders (id bigint, _loaded_at timestamptz);"
      "INSERT INTO app.users VALUES (1, 'ada', now() - interval '20 minutes');"
      "INSERT INTO app.orders VALUES (1, now() - interval '9 hours');");
  auto project = std::vector<std::string>{"--project", dir.path()};
  auto cmd = [&](std::vector<std::string> args) {
    args.insert(args.begin(), project.begin(), project.end());
    return run_starling(args);
  };
  // orders is stale: no model reads it, yet a source past error_after makes the run exit 1
  EXPECT_EQ(cmd({"run"}).exit_code, 1);
  EXPECT_EQ(db.scalar("SELECT status FROM starling.model_runs WHERE model = 'dim_users'"),
            "success");
  db.exec("INSERT INTO app.users VALUES (2, NULL, now())");  // the not_null test fails
  EXPECT_EQ(cmd({"run"}).exit_code, 1);
  EXPECT_EQ(cmd({"freshness"}).exit_code, 1);
  std::string page = dir / "health.html";
  auto h = cmd({"health", "--html", page});
  ASSERT_EQ(h.exit_code, 0) << h.err;
  EXPECT_NE(h.err.find("health: wrote " + page), std::string::npos) << h.err;

  TempDir profile;
  std::string pdf = profile / "page.pdf";
  auto p = chromium(profile, {"--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + page});
  ASSERT_EQ(p.exit_code, 0) << p.err;
  auto text = run_program("pdftotext", {pdf, "-"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  // table cells wrap on the printed page: compare with runs of white space as one space
  std::string flat;
  for (char c : text.out) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
    if (!space)
      flat += c;
    else if (!flat.empty() && flat.back() != ' ')
      flat += ' ';
  }
  for (const char* s :
       {"Pipeline health: t", "Sources", "app.users", "app.orders", "Models", "dim_users", "failed",
        "Last runs", "Source lag, last 7 days", "Run duration, last 7 days",
        "past error_after (6h)", "warn_after", "error_after"})
    EXPECT_NE(flat.find(s), std::string::npos) << s << "\n" << flat;

  // a screenshot of the page against one of a blank page: the board and charts are drawn
  std::string shot = profile / "page.png", blank_shot = profile / "blank.png";
  write_text(profile / "blank.html", "<!DOCTYPE html><html><body></body></html>");
  ASSERT_EQ(chromium(profile, {"--window-size=1280,2000", "--screenshot=" + shot, "file://" + page})
                .exit_code,
            0);
  ASSERT_EQ(chromium(profile, {"--window-size=1280,2000", "--screenshot=" + blank_shot,
                               "file://" + profile / "blank.html"})
                .exit_code,
            0);
  std::string png = read_text(shot), blank = read_text(blank_shot);
  EXPECT_EQ(png_size(png), (std::pair<uint32_t, uint32_t>{1280, 2000}));
  EXPECT_GT(png.size(), 10 * blank.size()) << png.size() << " vs blank " << blank.size();
}

}  // namespace
}  // namespace starling::testing
