// Password masking of connection strings, read by libpq's own parser: every form libpq documents
// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING).
#include "db/dsn.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace starling {
namespace {

struct Case {
  const char* name;
  std::string dsn, want;
  std::vector<std::string> secrets;  // none of these may show
};

// Regression: `password=Hunter2\ SecretPw` printed as `password=*** SecretPw`, and an unencoded
// '@' in a URI password showed its tail.
TEST(MaskDsn, EveryFormLibpqAccepts) {
  const Case cases[] = {
      {"keyword value",
       "host=db user=bob password=s3cret dbname=x",
       "host=db dbname=x user=bob password=***",
       {"s3cret"}},
      {"backslash-escaped space",
       R"(password=Hunter2\ SecretPw host=db)",
       "host=db password=***",
       {"Hunter2", "SecretPw"}},
      {"quoted with an escaped quote",
       R"(host=db password='it\'s a secret' dbname=x)",
       "host=db dbname=x password=***",
       {"it\\'s", "it's", "secret"}},
      {"spaces around =", "password = s3cret host=db", "host=db password=***", {"s3cret"}},
      {"empty password", "host=db password=''", "host=db password=***", {}},
      {"several hosts (keywords)",
       "host=h1,h2 port=5432,5433 user=bob password=s3cret dbname=x",
       "host=h1,h2 port=5432,5433 dbname=x user=bob password=***",
       {"s3cret"}},
      {"no password", "host=db dbname=x", "host=db dbname=x", {}},
      {"uri", "postgresql://bob:s3cret@db:5432/x", "postgresql://bob:***@db:5432/x", {"s3cret"}},
      {"postgres:// scheme", "postgres://bob:s3cret@db/x", "postgres://bob:***@db/x", {"s3cret"}},
      {"uri without password", "postgresql://bob@db/x", "postgresql://bob@db/x", {}},
      {"percent-encoding",
       "postgresql://b%40b:p%40ss%20w%2Fd@db:5432/x",
       "postgresql://b%40b:***@db:5432/x",
       {"p%40ss", "p@ss", "w%2Fd", "ss w"}},
      {"unencoded @",
       "postgresql://bob:p@ss@db/x",
       "postgresql://bob:***@db/x",
       {"p@ss", "ss@db", "ss%40db"}},
      {"unencoded @ and /",
       "postgresql://bob:p@ss/w@rd@db:5432/x?sslmode=require",
       "postgresql://bob:***@db:5432/x?sslmode=require",
       {"p@ss", "w@rd", "ss/w", "rd@"}},
      {"?password= query parameter",
       "postgresql://db/x?user=bob&password=s3cret",
       "postgresql://bob:***@db/x",
       {"s3cret"}},
      {"query password, encoded",
       "postgresql://db/x?password=a%20secret&application_name=my%20app",
       "postgresql://:***@db/x?application_name=my%20app",
       {"a%20secret", "a secret"}},
      {"several hosts (uri)",
       "postgresql://bob:s3cret@h1:5432,h2:5433/x",
       "postgresql://bob:***@h1:5432,h2:5433/x",
       {"s3cret"}},
      {"ipv6 host",
       "postgres://bob:s3cret@[::1]:5432/x",
       "postgres://bob:***@[::1]:5432/x",
       {"s3cret"}},
      {"options after the database",
       "postgresql://bob:s3cret@127.0.0.1:1/nowhere?connect_timeout=2",
       "postgresql://bob:***@127.0.0.1:1/nowhere?connect_timeout=2",
       {"s3cret"}},
      {"unparsable keywords",
       "host=db password Hunter2",
       "unparsable connection string",
       {"Hunter2"}},
      {"unparsable uri",
       "postgresql://bob:a%zzsecret@db/x",
       "unparsable connection string",
       {"zzsecret"}},
  };
  for (const auto& c : cases) {
    std::string shown = mask_dsn(c.dsn);
    EXPECT_EQ(shown, c.want) << c.name << ": " << c.dsn;
    for (const auto& s : c.secrets)
      EXPECT_EQ(shown.find(s), std::string::npos) << c.name << ": '" << s << "' in " << shown;
  }
}

TEST(MaskDsn, MessagesAboutTheDsnLoseItsPassword) {
  struct M {
    const char* name;
    std::string dsn, text, want;
  } cases[] = {
      {"libpq quotes a piece of an unparsable string", "host=db password Hunter2",
       R"(missing "=" after "Hunter2" in connection info string)",
       R"(missing "=" after "***" in connection info string)"},
      {"the tail of an unencoded @ read as a host", "postgresql://bob:p@ss@db/x",
       R"(could not translate host name "ss@db" to address: Name or service not known)",
       R"(could not translate host name "***" to address: Name or service not known)"},
      {"the DSN itself", "postgresql://bob:s3cret@db/x",
       "cannot use postgresql://bob:s3cret@db/x today",
       "cannot use postgresql://bob:***@db/x today"},
      {"the decoded password, unquoted", R"(password=Hunter2\ SecretPw host=db)",
       "the server said Hunter2 SecretPw", "the server said ***"},
      {"nothing secret", "host=db password=s3cret",
       R"(connection to server at "db" (10.0.0.1), port 5432 failed)",
       R"(connection to server at "db" (10.0.0.1), port 5432 failed)"},
  };
  for (const auto& c : cases) EXPECT_EQ(mask_dsn_in(c.text, c.dsn), c.want) << c.name;
}

}  // namespace
}  // namespace starling
