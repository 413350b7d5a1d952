#include "util/strings.hpp"

#include <gtest/gtest.h>

namespace starling {
namespace {

TEST(Strings, DidYouMean) {
  struct Case {
    std::string word;
    std::vector<std::string> candidates;
    std::string want;
  } cases[] = {
      {"grian", {"grain", "references", "measures"}, "did you mean 'grain'?"},
      {"refrences", {"grain", "references"}, "did you mean 'references'?"},
      {"xyz", {"grain", "references"}, ""},
      {"Kind", {"kind"}, "did you mean 'kind'?"},
  };
  for (const auto& c : cases) EXPECT_EQ(did_you_mean(c.word, c.candidates), c.want) << c.word;
}

TEST(Strings, ParseDuration) {
  struct Case {
    std::string text;
    std::optional<long long> seconds;
  } cases[] = {{"30s", 30},
               {"30m", 1800},
               {"2h", 7200},
               {"1d", 86400},
               {"1h30m", 5400},
               {"1w", 604800},
               {"", std::nullopt},
               {"2", std::nullopt},
               {"h", std::nullopt},
               {"3x", std::nullopt},
               {"-1h", std::nullopt},
               {"99999999999999999999h", std::nullopt},
               {"2h 30m", std::nullopt}};
  for (const auto& c : cases) {
    auto d = parse_duration(c.text);
    if (c.seconds) {
      ASSERT_TRUE(d.has_value()) << c.text;
      EXPECT_EQ(d->count(), *c.seconds) << c.text;
    } else {
      EXPECT_FALSE(d.has_value()) << c.text;
    }
  }
  EXPECT_EQ(format_duration(std::chrono::seconds(5400)), "1h30m");
  EXPECT_EQ(format_duration(std::chrono::seconds(0)), "0s");
}

TEST(Strings, ExpandEnv) {
  auto lookup = [](const std::string& n) -> std::optional<std::string> {
    if (n == "HOST") return "db.local";
    if (n == "EMPTY") return "";
    return std::nullopt;
  };
  std::vector<std::string> missing;
  EXPECT_EQ(expand_env("h=${HOST}", lookup, &missing), "h=db.local");
  EXPECT_EQ(expand_env("${PORT:-5433}", lookup, &missing), "5433");
  EXPECT_EQ(expand_env("${EMPTY:-x}", lookup, &missing), "x");
  EXPECT_TRUE(missing.empty());
  EXPECT_EQ(expand_env("a${NOPE}b", lookup, &missing), "ab");
  EXPECT_EQ(missing, std::vector<std::string>{"NOPE"});
}

TEST(Strings, Sha256KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(std::string(1000, 'a')),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST(Strings, Identifiers) {
  for (const char* ok : {"a", "_x", "dim_users", "a1_b2"})
    EXPECT_TRUE(is_valid_identifier(ok)) << ok;
  for (const char* bad : {"", "1a", "Users", "a-b", "a b", "a\"b", "drop;table"})
    EXPECT_FALSE(is_valid_identifier(bad)) << bad;
  EXPECT_FALSE(is_valid_identifier(std::string(64, 'a')));
  EXPECT_TRUE(is_valid_identifier(std::string(63, 'a')));
}

}  // namespace
}  // namespace starling

#include "project/check.hpp"
#include "sql/identifier.hpp"

namespace starling {
namespace {

TEST(Types, AcceptedAndRefused) {
  for (const char* ok : {"text", "bigint", "numeric(12,2)", "numeric(12, 2)", "varchar(20)",
                         "timestamp with time zone", "timestamp(6) without time zone",
                         "double precision", "text[]", "character varying(40)"})
    EXPECT_TRUE(is_valid_type(ok)) << ok;
  for (const char* bad : {"", "Text", "text; drop table x", "numeric(", "numeric(a)", "int  eger",
                          "numeric(1,)", "a b c d e", "text)", "1int"})
    EXPECT_FALSE(is_valid_type(bad)) << bad;
}

TEST(Literals, NumbersPassOthersAreQuoted) {
  EXPECT_EQ(model_literal("0"), "0");
  EXPECT_EQ(model_literal("-1.5"), "-1.5");
  EXPECT_EQ(model_literal("TRUE"), "true");
  EXPECT_EQ(model_literal("1."), "'1.'");
  EXPECT_EQ(model_literal("O'Brien"), "'O''Brien'");
}

}  // namespace
}  // namespace starling
