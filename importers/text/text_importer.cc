#include "importers/text/text_importer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/base/ids.h"
#include "engine/base/utf8.h"
#include "importers/text/date_forms.h"

namespace eg {
namespace {

constexpr std::string_view kName = "text";
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kNbsp = "\xC2\xA0";
// Dashes and bullets that sites put between header fields.
constexpr std::string_view kSeparatorMarks[] = {"|", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */};
constexpr std::string_view kDashes[] = {"-", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */};
// A heading is a short line; longer lines are prose.
constexpr size_t kMaxHeadingBytes = 200;
constexpr size_t kMaxHeadingWords = 25;
// A title followed by header lines may be longer than a free-standing heading.
constexpr size_t kMaxTitleBytes = 300;
// Datelines sit at the start of one of the first paragraphs (after a lead sentence, often).
constexpr size_t kDatelineParagraphs = 3;

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\n' || c == '\r';
}
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Trims ASCII white space and no-break spaces, which copy-and-paste from web pages leaves behind.
std::string_view Trim(std::string_view s) {
  while (true) {
    if (!s.empty() && IsAsciiSpace(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with(kNbsp)) {
      s.remove_prefix(kNbsp.size());
    } else {
      break;
    }
  }
  while (true) {
    if (!s.empty() && IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with(kNbsp)) {
      s.remove_suffix(kNbsp.size());
    } else {
      break;
    }
  }
  return s;
}

bool IsBlank(std::string_view line) { return Trim(line).empty(); }

// Lower-cased ASCII with runs of white space folded to one space: the form lines are compared in.
std::string Canonical(std::string_view s) {
  s = Trim(s);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsAsciiSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (IsAsciiSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// The length of the dash at the start of `s`, or 0.
size_t DashAt(std::string_view s) {
  for (std::string_view d : kDashes) {
    if (s.starts_with(d)) return d.size();
  }
  return 0;
}

// Splits a line into the fields a header puts between "|", "•", "·" or a dash standing alone
// between spaces ("Published: 2025-12-01 - 14:08"); a dash inside a word or date is not a split.
std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  size_t i = 0;
  while (i < line.size()) {
    size_t mark = 0;
    for (std::string_view m : kSeparatorMarks) {
      if (line.substr(i).starts_with(m)) mark = m.size();
    }
    if (mark == 0) {
      const size_t dash = DashAt(line.substr(i));
      const bool space_before = i == 0 || IsAsciiSpace(line[i - 1]);
      const bool space_after = i + dash >= line.size() || IsAsciiSpace(line[i + dash]);
      if (dash > 0 && space_before && space_after) mark = dash;
    }
    if (mark > 0) {
      fields.push_back(Trim(line.substr(start, i - start)));
      i += mark;
      start = i;
    } else {
      ++i;
    }
  }
  fields.push_back(Trim(line.substr(start)));
  return fields;
}

// A field made only of rule characters ("---", "•", "___"): layout, not content.
bool IsRule(std::string_view field) {
  while (!field.empty()) {
    if (const size_t dash = DashAt(field); dash > 0) {
      field.remove_prefix(dash);
      continue;
    }
    bool mark = false;
    for (std::string_view m : kSeparatorMarks) {
      if (field.starts_with(m)) {
        field.remove_prefix(m.size());
        mark = true;
      }
    }
    if (mark) continue;
    const char c = field.front();
    if (c != '_' && c != '=' && c != '*' && c != '~' && !IsAsciiSpace(c)) return false;
    field.remove_prefix(1);
  }
  return true;
}

// What the header lines told us.
struct HeaderInfo {
  std::optional<Date> date;  // the first real day named by a date field
  std::string time;          // the time of day that came with it, or the first time field
};

// Strips a label such as "Published:" or "Date:" from the start of a field. Sets *use_date to
// false for labels of a later revision ("Updated"), whose date is not the publication date.
std::string_view StripDateLabel(std::string_view field, bool* use_date) {
  static constexpr struct {
    std::string_view label;
    bool use_date;
  } kLabels[] = {
      {"first published", true}, {"publication date", true}, {"date published", true},
      {"published", true},       {"release date", true},     {"posted", true},
      {"dated", true},           {"date", true},             {"time", true},
      {"last updated", false},   {"last modified", false},   {"updated", false},
      {"modified", false},
  };
  *use_date = true;
  const std::string lower = Canonical(field.substr(0, 24));
  for (const auto& l : kLabels) {
    if (!lower.starts_with(l.label)) continue;
    // The label must be a whole word: "Dated" is not "Date" + "d".
    const size_t n = l.label.size();
    if (n < field.size() && IsAsciiAlpha(field[n])) continue;
    std::string_view rest = Trim(field.substr(n));
    if (!rest.empty() && rest.front() == ':') rest = Trim(rest.substr(1));
    if (Canonical(rest.substr(0, 3)) == "on") rest = Trim(rest.substr(2));
    *use_date = l.use_date;
    return rest;
  }
  return field;
}

// "News ID: 2732", "ID: 2732", "News Code : 123456", "Story No. 17".
bool IsIdField(std::string_view field) {
  const size_t colon = field.find(':');
  std::string label;
  std::string_view value;
  if (colon != std::string_view::npos) {
    label = Canonical(field.substr(0, colon));
    value = Trim(field.substr(colon + 1));
  } else {
    const size_t space = Trim(field).rfind(' ');
    if (space == std::string_view::npos) return false;
    label = Canonical(field.substr(0, space));
    value = Trim(field.substr(space + 1));
  }
  if (label.empty() || CountWords(label) > 3) return false;
  const size_t last_space = label.rfind(' ');
  const std::string_view last_word =
      std::string_view(label).substr(last_space == std::string::npos ? 0 : last_space + 1);
  if (last_word != "id" && last_word != "code" && last_word != "no." && last_word != "no" &&
      last_word != "number") {
    return false;
  }
  if (!std::all_of(label.begin(), label.end(),
                   [](char c) { return IsAsciiAlpha(c) || c == ' ' || c == '.'; })) {
    return false;
  }
  // Without a colon only a number counts ("Story No 17"), so "Share ID cards" is not an id.
  if (value.empty() || value.size() > 40) return false;
  return std::all_of(value.begin(), value.end(), [&](char c) {
    return IsAsciiDigit(c) || (colon != std::string_view::npos &&
                               (IsAsciiAlpha(c) || c == '-' || c == '_' || c == '/'));
  });
}

// Reads one field into `info`; false when the field is not a header field.
bool ReadHeaderField(std::string_view field, HeaderInfo* info) {
  if (IsIdField(field)) return true;
  bool use_date = true;
  const std::string_view value = StripDateLabel(field, &use_date);
  if (auto written = ParseWrittenDate(value)) {
    if (use_date && written->date && !info->date) {
      info->date = written->date;
      if (!written->time.empty()) info->time = written->time;
    }
    return true;
  }
  if (auto time = ParseClockTime(value)) {
    if (use_date && info->time.empty()) info->time = *time;
    return true;
  }
  return false;
}

// True when every field of `line` is a header field or a rule; then `info` takes what they say.
// On false, `info` is unchanged.
bool ReadHeaderLine(std::string_view line, HeaderInfo* info) {
  if (IsBlank(line)) return false;
  HeaderInfo scratch = *info;
  for (std::string_view field : SplitFields(line)) {
    if (field.empty() || IsRule(field)) continue;
    if (!ReadHeaderField(field, &scratch)) return false;
  }
  *info = std::move(scratch);
  return true;
}

bool IsHeaderLine(std::string_view line) {
  HeaderInfo scratch;
  return ReadHeaderLine(line, &scratch);
}

enum class Furniture { kNone, kDrop, kCut };

// Lines of site navigation around an article. kCut lines mark the end of the article (what follows
// is comments and links to other stories); kDrop lines are removed wherever they stand.
Furniture FurnitureKindOfField(const std::string& c) {
  static constexpr std::string_view kCut[] = {
      "end article",      "end of article",      "end of story",     "end",
      "your comment",     "your comments",       "comments",         "leave a comment",
      "leave a reply",    "post a comment",      "add comment",      "add a comment",
      "add new comment",  "related news",        "related articles", "related stories",
      "related posts",    "related content",     "related",          "more news",
      "more stories",     "read more",           "you may also like", "recommended",
      "most read",        "most viewed",         "most popular",     "latest news",
  };
  static constexpr std::string_view kDrop[] = {
      "share",          "share this",      "share this article", "share this story",
      "share on facebook", "share on twitter", "print",          "print this",
      "print this article", "print version", "printer friendly", "email",
      "e-mail",         "send to friend",  "send to a friend",  "tweet",
      "advertisement",  "back to top",     "top",               "facebook",
      "twitter",        "telegram",        "whatsapp",          "linkedin",
      "copy link",      "save",            "bookmark",
  };
  for (std::string_view w : kCut) {
    if (c == w) return Furniture::kCut;
  }
  for (std::string_view w : kDrop) {
    if (c == w) return Furniture::kDrop;
  }
  return Furniture::kNone;
}

Furniture FurnitureKind(std::string_view line) {
  std::string c = Canonical(line);
  while (!c.empty() && (c.back() == ':' || c.back() == '.')) c.pop_back();
  if (c.empty()) return Furniture::kNone;
  if (const Furniture f = FurnitureKindOfField(c); f != Furniture::kNone) return f;
  // Short lines that announce tags or the site's copyright, whatever follows the first words.
  if (c.size() <= kMaxHeadingBytes) {
    static constexpr std::string_view kPrefixes[] = {
        "tags:",      "tag:",       "keywords:", "\xC2\xA9" /* © */, "copyright ",
        "(c) ",       "follow us ", "subscribe to ",
    };
    for (std::string_view p : kPrefixes) {
      if (c.starts_with(p)) return Furniture::kDrop;
    }
    if (c.find("all rights reserved") != std::string::npos) return Furniture::kDrop;
  }
  // "Share | Print | Email": several furniture words on one line.
  const std::vector<std::string_view> fields = SplitFields(line);
  if (fields.size() < 2) return Furniture::kNone;
  bool any = false;
  for (std::string_view field : fields) {
    if (field.empty() || IsRule(field)) continue;
    if (FurnitureKindOfField(Canonical(field)) == Furniture::kNone) return Furniture::kNone;
    any = true;
  }
  return any ? Furniture::kDrop : Furniture::kNone;
}

// A short line that does not end like a sentence or a clause.
bool LooksLikeHeading(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxHeadingBytes || CountWords(line) > kMaxHeadingWords) {
    return false;
  }
  const char last = line.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

// Index of the first non-blank line at or after `i`.
size_t SkipBlank(const std::vector<std::string_view>& lines, size_t i) {
  while (i < lines.size() && IsBlank(lines[i])) ++i;
  return i;
}

// Whether lines[i] is the article's title when no header follows it: a heading that either stands
// alone (a blank line, then more text) or is the only heading above a paragraph of prose.
bool IsFreeStandingTitle(const std::vector<std::string_view>& lines, size_t i) {
  if (i >= lines.size() || !LooksLikeHeading(lines[i])) return false;
  const size_t next = i + 1;
  if (SkipBlank(lines, next) >= lines.size()) return false;  // nothing after it: it is the body
  if (IsBlank(lines[next])) return true;
  return !LooksLikeHeading(lines[next]);
}

// Breaks `text` into lines without their "\n".
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// The agency named by a dateline at the start of `paragraph`: "Tehran - BORNA - ...",
// "KYIV, Dec 1 (Reuters) - ...". Empty when the paragraph does not open with one.
std::string DatelineSource(std::string_view paragraph) {
  const std::string_view line = paragraph.substr(0, paragraph.find('\n'));
  const auto word_starts_upper = [](std::string_view s) {
    bool start = true;
    for (char c : s) {
      if (c == ' ') {
        start = true;
      } else if (start) {
        // Non-ASCII lead bytes are letters such as "Ü"; digits allow "Dec 1".
        if (IsAsciiLower(c) || (!IsAsciiUpper(c) && !IsAsciiDigit(c) &&
                                static_cast<unsigned char>(c) < 0x80)) {
          return false;
        }
        start = false;
      }
    }
    return true;
  };
  const auto place_ok = [&](std::string_view place) {
    return !place.empty() && place.size() <= 40 && CountWords(place) <= 4 &&
           word_starts_upper(place) &&
           place.find_first_of(".!?;:\"()") == std::string_view::npos;
  };
  // "PLACE (Agency) -": wire-service style.
  if (const size_t open = line.find('('); open != std::string_view::npos && open <= 60) {
    const size_t close = line.find(')', open);
    std::string_view place = Trim(line.substr(0, open));
    // "KYIV, Dec 1": the date after the place may hold a dot ("Dec.").
    if (const size_t comma = place.find(','); comma != std::string_view::npos) {
      place = place.substr(0, comma);
    }
    if (close != std::string_view::npos && place_ok(place)) {
      const std::string_view agency = Trim(line.substr(open + 1, close - open - 1));
      const std::string_view after = Trim(line.substr(close + 1));
      if (!agency.empty() && agency.size() <= 30 && IsAsciiUpper(agency.front()) &&
          CountWords(agency) <= 4 && (DashAt(after) > 0 || after.starts_with(":"))) {
        return std::string(agency);
      }
    }
  }
  // "Place - AGENCY -": the agency between two dashes, written in capitals.
  const std::vector<std::string_view> fields = SplitFields(line.substr(0, 120));
  if (fields.size() < 3 || !place_ok(fields[0])) return "";
  const std::string_view agency = fields[1];
  size_t upper = 0;
  for (char c : agency) {
    if (IsAsciiLower(c)) return "";
    if (IsAsciiUpper(c)) ++upper;
  }
  if (upper < 2 || agency.size() > 30 || CountWords(agency) > 3) return "";
  return std::string(agency);
}

// Checks the input is text and returns it with a byte-order mark removed and line endings
// normalized to "\n".
Result<std::string> NormalizeInput(std::string_view content) {
  size_t skipped = 0;
  if (content.starts_with(kBom)) {
    content.remove_prefix(kBom.size());
    skipped = kBom.size();
  }
  if (Trim(content).empty()) return Status::InvalidArgument("empty file");
  if (LooksBinary(content)) return Status::Corruption("binary data, not text");
  if (const auto bad = FindInvalidUtf8(content)) {
    return Status::Corruption("not valid UTF-8 at byte " + std::to_string(*bad + skipped));
  }
  std::string out;
  out.reserve(content.size());
  for (size_t i = 0; i < content.size(); ++i) {
    if (content[i] != '\r') {
      out += content[i];
    } else if (i + 1 >= content.size() || content[i + 1] != '\n') {
      out += '\n';  // an old Mac line ending
    }
  }
  return out;
}

class TextImporter final : public Importer {
 public:
  std::string_view Name() const override { return kName; }

  int Sniff(std::string_view path, std::string_view content) const override {
    if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
    if (LooksBinary(content)) return 0;
    // Empty or broken text still comes here, so that Parse can say what is wrong with it.
    if (Trim(content).empty() || FindInvalidUtf8(content)) return 1;
    return path.ends_with(".txt") || path.ends_with(".text") ? 20 : 10;
  }

  Result<std::vector<Article>> Parse(std::string_view path, std::string_view content,
                                     const ImportOptions& options) const override {
    EG_ASSIGN_OR_RETURN(const std::string text, NormalizeInput(content));
    const std::vector<std::string_view> lines = SplitLines(text);

    Article article;
    HeaderInfo header;
    size_t i = SkipBlank(lines, 0);

    // The title comes first, unless the file opens with its header.
    if (i < lines.size() && !IsHeaderLine(lines[i]) &&
        FurnitureKind(lines[i]) == Furniture::kNone) {
      const size_t next = SkipBlank(lines, i + 1);
      const bool header_follows = next < lines.size() && IsHeaderLine(lines[next]);
      if ((header_follows && Trim(lines[i]).size() <= kMaxTitleBytes) ||
          IsFreeStandingTitle(lines, i)) {
        article.title = std::string(Trim(lines[i]));
        ++i;
      }
    }
    // Header lines, furniture and the repeated title, in whatever order the site prints them.
    bool header_seen = false;
    for (i = SkipBlank(lines, i); i < lines.size(); i = SkipBlank(lines, i + 1)) {
      const std::string_view line = lines[i];
      if (ReadHeaderLine(line, &header)) {
        header_seen = true;
        continue;
      }
      const bool repeated_title =
          !article.title.empty() && Canonical(line) == Canonical(article.title);
      if (repeated_title || FurnitureKind(line) == Furniture::kDrop) continue;
      if (article.title.empty() && header_seen && IsFreeStandingTitle(lines, i)) {
        // A header above the title: "2025-12-01\nTitle\n\nBody".
        article.title = std::string(Trim(line));
        continue;
      }
      break;
    }

    // The body: paragraphs between blank lines, without furniture, up to the first end marker.
    std::vector<std::string> paragraphs;
    std::string current;
    const auto end_paragraph = [&] {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
    };
    for (; i < lines.size(); ++i) {
      const std::string_view line = lines[i];
      if (IsBlank(line)) {
        end_paragraph();
        continue;
      }
      const Furniture furniture = FurnitureKind(line);
      if (furniture == Furniture::kCut && (!paragraphs.empty() || !current.empty())) break;
      if (furniture != Furniture::kNone) {
        end_paragraph();
        continue;
      }
      if (!current.empty()) current += '\n';
      current += line;
    }
    end_paragraph();
    if (paragraphs.empty()) return Status::InvalidArgument("no article body");

    for (size_t p = 0; p < paragraphs.size(); ++p) {
      if (p > 0) article.text += "\n\n";
      article.text += paragraphs[p];
    }
    for (size_t p = 0; p < paragraphs.size() && p < kDatelineParagraphs; ++p) {
      article.source = DatelineSource(paragraphs[p]);
      if (!article.source.empty()) break;
    }
    if (options.date_override) {
      article.published = options.date_override;
    } else if (header.date) {
      article.published = header.date;
      article.published_time = header.time;
    }
    article.id = ArticleId(article.text);
    article.path = std::string(path);
    article.format = std::string(kName);
    std::vector<Article> out;
    out.push_back(std::move(article));
    return out;
  }
};

}  // namespace

std::unique_ptr<Importer> NewTextImporter() { return std::make_unique<TextImporter>(); }

}  // namespace eg
