#include "importers/csv/csv_reader.h"

namespace eg {

CsvReader::CsvReader(std::istream& in, CsvOptions options) : buf_(in.rdbuf()), options_(options) {}

Result<bool> CsvReader::Next(std::vector<std::string>& fields) {
  using Traits = std::char_traits<char>;
  fields.clear();
  if (!buf_) return false;
  // Blank lines between records carry nothing; skip them.
  while (true) {
    const int c = buf_->sgetc();
    if (c == Traits::eof()) return false;
    if (c == '\n') {
      buf_->sbumpc();
      ++line_;
    } else if (c == '\r') {
      buf_->sbumpc();
    } else {
      break;
    }
  }
  record_line_ = line_;
  ++records_;

  std::string field;
  size_t bytes = 0;
  bool in_quotes = false;
  bool was_quoted = false;  // the current field began with a quote
  while (true) {
    const int c = buf_->sbumpc();
    if (c == Traits::eof()) {
      if (in_quotes) {
        return Status::Corruption("line " + std::to_string(record_line_) +
                                  ": a quoted field is not closed before the end of the input");
      }
      fields.push_back(std::move(field));
      return true;
    }
    if (++bytes > options_.max_record_bytes) {
      return Status::Corruption("line " + std::to_string(record_line_) + ": record longer than " +
                                std::to_string(options_.max_record_bytes) + " bytes (a quote never closed?)");
    }
    const char ch = Traits::to_char_type(c);
    if (in_quotes) {
      if (ch == '"') {
        if (buf_->sgetc() == '"') {
          buf_->sbumpc();
          field.push_back('"');
        } else {
          in_quotes = false;
        }
      } else {
        if (ch == '\n') ++line_;
        field.push_back(ch);
      }
      continue;
    }
    if (ch == options_.delimiter) {
      fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (ch == '\n') {
      ++line_;
      fields.push_back(std::move(field));
      return true;
    } else if (ch == '\r' && buf_->sgetc() == '\n') {
      // CRLF ends the record like LF.
    } else if (ch == '"' && options_.quoting && field.empty() && !was_quoted) {
      in_quotes = true;
      was_quoted = true;
    } else {
      // Lenient where RFC 4180 is strict: a quote inside an unquoted field, or text after a
      // closing quote, is kept as it is rather than losing the record.
      field.push_back(ch);
    }
  }
}

}  // namespace eg
