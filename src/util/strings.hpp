// Small string helpers shared by every stage.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace starling {

std::string trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
std::string to_lower(std::string_view s);

// Edit distance (insertions, deletions, substitutions, adjacent transpositions).
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely typo, else nothing.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

// " (did you mean 'x'?)"-style hint text: "did you mean 'x'?", or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// True iff `s` is a plain SQL identifier starling accepts: [a-z_][a-z0-9_]*, at most 63 bytes.
bool is_valid_identifier(std::string_view s);

// Expands ${NAME} and ${NAME:-default} using `lookup`; a name that is unset and has no default is
// reported through `missing` and expands to "".
std::string expand_env(std::string_view s,
                       const std::function<std::optional<std::string>(const std::string&)>& lookup,
                       std::vector<std::string>* missing);

// The process environment as a lookup for expand_env.
std::optional<std::string> getenv_lookup(const std::string& name);

// Parses a duration such as "30s", "30m", "2h", "1d", "1h30m", "1w"; nothing if malformed.
std::optional<std::chrono::seconds> parse_duration(std::string_view s);
// Formats seconds back as "1h30m", "2d", "45s", "0s".
std::string format_duration(std::chrono::seconds s);

// Hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace starling
