// The TIMEX3 tagger: finds time expressions in English text and normalizes them to TIMEX3 values
// anchored to the document creation date (DCT). Serves `eventgraph annotate` and the import pipeline.
// Thread safety: TagTimexes is pure and may run on several threads at once.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_TIMEX_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_TIMEX_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/entity.h"
#include "engine/model/time_span.h"

namespace eg {

enum class TimexType : int { kDate = 0, kTime = 1, kDuration = 2, kSet = 3 };
std::string_view TimexTypeName(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  Span span;                 // byte offsets into the tagged text
  std::string text;          // the expression as written ("today", "February 2022")
  TimexType type = TimexType::kDate;
  std::string value;         // TIMEX3 value: "2025-12-01", "2022-02", "P3D", "PRESENT_REF", ...
  std::string mod;           // TIMEX3 mod: "START", "END", "APPROX", "MORE_THAN", ... or empty
  // For DATE and TIME values that denote a calendar span: the days covered, with precision and basis
  // (explicit for calendar dates, relative for DCT-anchored ones). nullopt for durations, sets and
  // fuzzy references whose span is unknown.
  std::optional<TimeSpan> time;
};

// Tags `text`. `dct` anchors relative expressions; without it they keep an unresolved value
// ("XXXX-XX-XX" style) and no `time`. Results are sorted by offset and do not overlap.
std::vector<Timex> TagTimexes(std::string_view text, std::optional<Date> dct);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_TIMEX_TIMEX_H_
