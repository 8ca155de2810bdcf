#include <gtest/gtest.h>

#include "bench/eval_timex.h"

namespace eg::eval {
namespace {

TEST(TimeMl, Placeholder) { SUCCEED(); }

}  // namespace
}  // namespace eg::eval
