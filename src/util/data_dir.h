// Where lede finds the data it ships (gazetteer, lexicons, models).
#ifndef LEDE_UTIL_DATA_DIR_H_
#define LEDE_UTIL_DATA_DIR_H_

#include <string>
#include <string_view>

namespace lede {

// Returns $LEDE_DATA_DIR/relative when that variable is set and not empty, else
// the data/ folder of the source tree lede was built from, joined with `relative`.
std::string DataPath(std::string_view relative);

}  // namespace lede

#endif  // LEDE_UTIL_DATA_DIR_H_
