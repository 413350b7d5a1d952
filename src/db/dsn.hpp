// Connection strings as libpq reads them, for showing to people: the password never shows.
#pragma once

#include <string>

namespace starling {

// The DSN as libpq's own parser (PQconninfoParse) reads it, rebuilt with the password as "***":
// a URI (postgresql:// or postgres://) stays a URI, a keyword/value string stays one. Options
// come in libpq's order, values as libpq decoded them (quotes, backslash escapes and percent-
// encoding undone, then written again where needed). A DSN libpq cannot parse is shown as
// "unparsable connection string", never in part.
std::string mask_dsn(const std::string& dsn);

// `text` (a message from libpq or the server about `dsn`) with every trace of the DSN's password
// replaced by "***": the decoded password and the DSN as written. When libpq cannot parse the DSN
// (so its password is not known), every double-quoted fragment, where libpq quotes pieces of a
// connection string, is replaced.
std::string mask_dsn_in(const std::string& text, const std::string& dsn);

}  // namespace starling
