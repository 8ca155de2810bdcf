// A streaming reader of delimited records: RFC 4180 CSV (quoted fields holding delimiters, line
// breaks and "" escapes) and, with quoting off, plain tab-separated exports such as GDELT's.
// One record is held at a time, so memory stays bounded by the longest record.
// Not thread-safe; the stream must outlive the reader.
#ifndef EVENTGRAPH_IMPORTERS_CSV_CSV_READER_H_
#define EVENTGRAPH_IMPORTERS_CSV_CSV_READER_H_

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "engine/base/status.h"

namespace eg {

struct CsvOptions {
  char delimiter = ',';
  bool quoting = true;  // false: '"' is an ordinary character (GDELT's TSV has no quoting)
  // A record longer than this is an error: a quote that is never closed would otherwise swallow
  // the rest of a large file into one field.
  size_t max_record_bytes = 4 * 1024 * 1024;
};

class CsvReader {
 public:
  explicit CsvReader(std::istream& in, CsvOptions options = {});

  // Reads the next record into `fields` (cleared first). Returns false at the end of the input.
  // A record ends at LF or CRLF outside quotes; a final record without a line break counts. Blank
  // lines are skipped. Fails, naming the line, on a quoted field still open at the end of the input
  // or a record over max_record_bytes; the reader cannot go on after a failure.
  Result<bool> Next(std::vector<std::string>& fields);

  // The line (1-based) on which the last record returned began, and its ordinal (1-based, blank
  // lines not counted).
  size_t line() const { return record_line_; }
  size_t record() const { return records_; }

 private:
  std::streambuf* buf_;
  CsvOptions options_;
  size_t line_ = 1;  // the line the next character is on
  size_t record_line_ = 0;
  size_t records_ = 0;
};

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_CSV_CSV_READER_H_
