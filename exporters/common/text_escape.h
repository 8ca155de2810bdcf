// Escaping free text (article titles, names, labels: hostile input) for the text formats the
// exporters write. Every function first replaces invalid UTF-8 with U+FFFD. Pure; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_COMMON_TEXT_ESCAPE_H_
#define EVENTGRAPH_EXPORTERS_COMMON_TEXT_ESCAPE_H_

#include <string>
#include <string_view>
#include <vector>

namespace eg {

// `text` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view text);

// Text for XML 1.0 character data and attribute values: & < > " ' become entities; tab, LF and CR
// become character references (so an attribute keeps them instead of normalizing them to spaces);
// other C0 controls and U+FFFE/U+FFFF (not XML characters) become U+FFFD.
std::string XmlEscape(std::string_view text);

// Text for HTML element content or a quoted attribute: & < > " ' become entities and control
// characters become spaces, so no markup in `text` is ever interpreted.
std::string HtmlText(std::string_view text);

// One RFC 4180 field: quoted (with inner quotes doubled) when it holds a comma, a quote, CR or LF,
// or starts or ends with a space. CR and LF are kept inside the quotes; other control characters
// become spaces.
std::string CsvField(std::string_view text);

// Text with control characters (newlines included) turned into spaces and runs of spaces
// collapsed: for labels that must stay on one line.
std::string OneLine(std::string_view text);

// The shortest decimal text that reads back as the same double ("0.8", not
// "0.80000000000000004"); C locale, so always a '.' decimal point.
std::string FormatNumber(double value);

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_COMMON_TEXT_ESCAPE_H_
