#pragma once

namespace starling {
inline constexpr const char* k_starling_version = "0.1.0";
}
