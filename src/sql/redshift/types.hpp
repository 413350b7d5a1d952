// Which types Redshift has (SPEC §7): the Redshift type of a type written in a model.
#pragma once

#include <optional>
#include <string>

namespace starling {

// The Redshift type for a type written in a model, or nullopt when Redshift has none (json, jsonb,
// arrays, uuid, bytea, interval …). Redshift sizes VARCHAR in bytes and a UTF-8 character takes up
// to 4: varchar(n) becomes VARCHAR(4n), text and unbounded varchar VARCHAR(65535), the largest.
// A numeric without precision becomes DECIMAL(38,10).
std::optional<std::string> redshift_column_type(const std::string& model_type);

}  // namespace starling
