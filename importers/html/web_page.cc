#include "importers/html/web_page.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "importers/html/dom.h"
#include "importers/html/web_dates.h"

namespace eg {
namespace {

using json = nlohmann::json;

// ---------------------------------------------------------------- small string helpers

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// Lower-case letters and digits only: the form in which titles and site names are compared.
std::string Letters(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) out += AsciiLower(c);
  }
  return out;
}

// ---------------------------------------------------------------- metadata

struct Metadata {
  std::string lang;
  std::string title_element;
  std::string first_h1;
  std::string canonical;
  // <meta> contents by lower-cased property, name and itemprop; every value in document order.
  std::map<std::string, std::vector<std::string>> meta;
  std::string time_pubdate;  // <time pubdate> or <time itemprop="datePublished">
  std::string time_first;    // the first <time datetime>
  // From the first JSON-LD object typed as an article.
  bool ld_found = false;
  std::string ld_headline;
  std::string ld_date;
  std::vector<std::string> ld_authors;
  std::string ld_publisher;
  std::string ld_language;
  std::string ld_url;
  std::string ld_description;
};

const std::string& FirstMeta(const Metadata& m, std::string_view key) {
  static const std::string kEmpty;
  const auto it = m.meta.find(std::string(key));
  return it == m.meta.end() || it->second.empty() ? kEmpty : it->second.front();
}

bool IsArticleType(const json& type) {
  const auto article_like = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s.ends_with("Article") || s.ends_with("BlogPosting") || s == "Report";
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), article_like);
  return article_like(type);
}

std::string JsonString(const json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return dom::CollapseSpace(it->get_ref<const std::string&>());
  // {"@id": ...} and {"name": ...} wrappers, as publishers write mainEntityOfPage and publisher.
  if (it->is_object()) {
    for (const char* inner : {"name", "@id", "url"}) {
      const auto in = it->find(inner);
      if (in != it->end() && in->is_string()) return in->get<std::string>();
    }
  }
  return {};
}

void AddPersonNames(const json& value, std::vector<std::string>* names) {
  if (value.is_array()) {
    for (const json& v : value) AddPersonNames(v, names);
  } else if (value.is_string()) {
    names->push_back(dom::CollapseSpace(value.get_ref<const std::string&>()));
  } else if (value.is_object()) {
    const auto name = value.find("name");
    if (name != value.end()) AddPersonNames(*name, names);
  }
}

void VisitJsonLd(const json& node, Metadata* m) {
  if (m->ld_found) return;
  if (node.is_array()) {
    for (const json& item : node) VisitJsonLd(item, m);
    return;
  }
  if (!node.is_object()) return;
  if (const auto graph = node.find("@graph"); graph != node.end()) VisitJsonLd(*graph, m);
  const auto type = node.find("@type");
  if (m->ld_found || type == node.end() || !IsArticleType(*type)) return;
  m->ld_found = true;
  m->ld_headline = JsonString(node, "headline");
  if (m->ld_headline.empty()) m->ld_headline = JsonString(node, "name");
  m->ld_date = JsonString(node, "datePublished");
  if (m->ld_date.empty()) m->ld_date = JsonString(node, "dateCreated");
  if (const auto author = node.find("author"); author != node.end()) {
    AddPersonNames(*author, &m->ld_authors);
  }
  m->ld_publisher = JsonString(node, "publisher");
  m->ld_language = JsonString(node, "inLanguage");
  m->ld_url = JsonString(node, "url");
  if (m->ld_url.empty()) m->ld_url = JsonString(node, "mainEntityOfPage");
  m->ld_description = JsonString(node, "description");
}

void ReadJsonLd(std::string_view text, Metadata* m) {
  // A broken block is one publisher's mistake, not a reason to fail the page: skip it.
  const json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return;
  try {
    VisitJsonLd(parsed, m);
  } catch (const json::exception&) {
    // Only typed accessors throw, and those are guarded; keep whatever was read before.
  }
}

void CollectMetadata(xmlNode* node, Metadata* m) {
  for (xmlNode* n = node; n != nullptr; n = n->next) {
    if (!dom::IsElement(n)) continue;
    const std::string_view name = dom::Name(n);
    if (name == "html" && m->lang.empty()) {
      m->lang = dom::CollapseSpace(dom::Attr(n, "lang"));
      if (m->lang.empty()) m->lang = dom::CollapseSpace(dom::Attr(n, "xml:lang"));
    } else if (name == "title" && m->title_element.empty()) {
      m->title_element = dom::Text(n);
      continue;
    } else if (name == "h1" && m->first_h1.empty()) {
      m->first_h1 = dom::Text(n);
    } else if (name == "meta") {
      const std::string content = dom::CollapseSpace(dom::Attr(n, "content"));
      if (!content.empty()) {
        for (const char* attr : {"property", "name", "itemprop", "http-equiv"}) {
          const std::string key = Lower(dom::CollapseSpace(dom::Attr(n, attr)));
          if (!key.empty()) m->meta[key].push_back(content);
        }
      }
    } else if (name == "link" && m->canonical.empty() &&
               Lower(dom::Attr(n, "rel")) == "canonical") {
      m->canonical = dom::CollapseSpace(dom::Attr(n, "href"));
    } else if (name == "script") {
      if (Lower(dom::Attr(n, "type")).find("ld+json") != std::string::npos) {
        ReadJsonLd(dom::RawText(n), m);
      }
      continue;
    } else if (name == "time") {
      const std::string datetime = dom::CollapseSpace(dom::Attr(n, "datetime"));
      if (!datetime.empty()) {
        if (m->time_first.empty()) m->time_first = datetime;
        if (m->time_pubdate.empty() &&
            (dom::HasAttr(n, "pubdate") || Lower(dom::Attr(n, "itemprop")) == "datepublished")) {
          m->time_pubdate = datetime;
        }
      }
    }
    CollectMetadata(n->children, m);
  }
}

std::vector<std::string> SiteNames(const Metadata& m, const std::string& url) {
  std::vector<std::string> names;
  for (const std::string& s :
       {FirstMeta(m, "og:site_name"), m.ld_publisher, FirstMeta(m, "application-name")}) {
    if (!Letters(s).empty()) names.push_back(Letters(s));
  }
  // The host's own name: "www.cnn.com" -> "cnn".
  if (const size_t scheme = url.find("://"); scheme != std::string::npos) {
    std::string host = url.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#:"));
    const size_t last_dot = host.rfind('.');
    if (last_dot != std::string::npos && last_dot > 0) {
      const size_t before = host.rfind('.', last_dot - 1);
      const std::string label =
          host.substr(before == std::string::npos ? 0 : before + 1,
                      last_dot - (before == std::string::npos ? 0 : before + 1));
      if (!Letters(label).empty()) names.push_back(Letters(label));
    }
  }
  return names;
}

// Whether a piece of a <title> names the site: "CNN Politics", "CNN.com", "TIME", "WIRED".
bool NamesSite(std::string_view segment, const std::vector<std::string>& sites) {
  const std::string letters = Letters(segment);
  if (letters.empty()) return true;
  for (const std::string& site : sites) {
    if (letters.find(site) != std::string::npos && CountWords(segment) <= 4) return true;
    if (site.find(letters) != std::string::npos) return true;
  }
  return false;
}

// Removes site names at either end of a title: "Headline | Site", "Site - Headline".
std::string StripSiteName(const std::string& title, const std::vector<std::string>& sites) {
  static constexpr std::string_view kSeparators[] = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB ", " / "};
  // The byte ranges of the pieces between separators.
  std::vector<std::pair<size_t, size_t>> pieces;
  size_t start = 0;
  for (size_t i = 0; i < title.size();) {
    size_t sep = 0;
    for (std::string_view s : kSeparators) {
      if (std::string_view(title).substr(i).starts_with(s)) sep = s.size();
    }
    if (sep == 0) {
      ++i;
      continue;
    }
    pieces.emplace_back(start, i);
    i += sep;
    start = i;
  }
  pieces.emplace_back(start, title.size());
  const auto piece = [&](size_t k) {
    return std::string_view(title).substr(pieces[k].first, pieces[k].second - pieces[k].first);
  };
  size_t begin = 0;
  size_t end = pieces.size();
  while (end - begin > 1 && NamesSite(piece(end - 1), sites)) --end;
  while (end - begin > 1 && NamesSite(piece(begin), sites)) ++begin;
  return dom::CollapseSpace(std::string_view(title).substr(
      pieces[begin].first, pieces[end - 1].second - pieces[begin].first));
}

std::string ChooseTitle(const Metadata& m, const std::vector<std::string>& sites) {
  const std::string page_title = StripSiteName(m.title_element, sites);
  std::vector<std::string> headlines;
  for (const std::string& h : {m.ld_headline, StripSiteName(FirstMeta(m, "og:title"), sites),
                               StripSiteName(FirstMeta(m, "twitter:title"), sites), m.first_h1}) {
    if (!h.empty()) headlines.push_back(h);
  }
  if (!page_title.empty()) {
    const std::string key = Letters(page_title);
    for (const std::string& h : headlines) {
      if (Letters(h) == key) return h;
    }
    if (CountWords(page_title) >= 4 || headlines.empty()) return page_title;
  }
  return headlines.empty() ? std::string() : headlines.front();
}

void ChooseDate(const Metadata& m, WebPage* page) {
  std::vector<std::string> candidates = {m.ld_date,
                                         FirstMeta(m, "article:published_time"),
                                         FirstMeta(m, "datepublished"),
                                         FirstMeta(m, "og:published_time"),
                                         FirstMeta(m, "pubdate"),
                                         FirstMeta(m, "publishdate"),
                                         FirstMeta(m, "publish-date"),
                                         FirstMeta(m, "publish_date"),
                                         FirstMeta(m, "parsely-pub-date"),
                                         FirstMeta(m, "sailthru.date"),
                                         FirstMeta(m, "dc.date.issued"),
                                         FirstMeta(m, "dcterms.issued"),
                                         FirstMeta(m, "dc.date"),
                                         FirstMeta(m, "dcterms.created"),
                                         FirstMeta(m, "date"),
                                         m.time_pubdate,
                                         m.time_first};
  for (const std::string& c : candidates) {
    if (c.empty()) continue;
    if (auto date = ParseAnyWebDate(c)) {
      page->published = date->date;
      page->published_time = date->time;
      return;
    }
  }
}

std::vector<std::string> SplitAuthors(std::string_view byline,
                                      const std::vector<std::string>& sites) {
  std::string text = dom::CollapseSpace(byline);
  if (Lower(text).starts_with("by ")) text = text.substr(3);
  // Commas, "&" and " and " separate names.
  std::vector<std::string> pieces;
  std::string current;
  const auto flush = [&] {
    std::string piece = dom::CollapseSpace(current);
    current.clear();
    if (Lower(piece).starts_with("and ")) piece = piece.substr(4);
    if (piece.empty() || piece.find("://") != std::string::npos) return;
    for (const std::string& site : sites) {
      if (Letters(piece) == site) return;
    }
    pieces.push_back(piece);
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',' || text[i] == '&' || text[i] == ';') {
      flush();
    } else if (text.compare(i, 5, " and ") == 0) {
      flush();
      i += 4;
    } else {
      current += text[i];
    }
  }
  flush();
  return pieces;
}

void ChooseAuthors(const Metadata& m, const std::vector<std::string>& sites, WebPage* page) {
  std::vector<std::string> names;
  for (const std::string& a : m.ld_authors) {
    for (std::string& n : SplitAuthors(a, sites)) names.push_back(std::move(n));
  }
  if (names.empty()) {
    if (const auto it = m.meta.find("article:author"); it != m.meta.end()) {
      for (const std::string& a : it->second) {
        for (std::string& n : SplitAuthors(a, sites)) names.push_back(std::move(n));
      }
    }
  }
  if (names.empty()) names = SplitAuthors(FirstMeta(m, "author"), sites);
  if (names.empty()) names = SplitAuthors(FirstMeta(m, "byl"), sites);
  for (std::string& n : names) {
    if (std::find(page->authors.begin(), page->authors.end(), n) == page->authors.end()) {
      page->authors.push_back(std::move(n));
    }
  }
}

// ---------------------------------------------------------------- the body

bool HasToken(const std::vector<std::string>& tokens, std::string_view word) {
  return std::find(tokens.begin(), tokens.end(), word) != tokens.end();
}

// The words of an element's class and id: "related-links sidebarWidget" -> related, links,
// sidebar, widget. CamelCase is split so generated class names still say what they hold.
std::vector<std::string> ClassTokens(const xmlNode* node) {
  const std::string names = dom::Attr(node, "class") + " " + dom::Attr(node, "id");
  std::vector<std::string> tokens;
  std::string current;
  for (size_t i = 0; i < names.size(); ++i) {
    const char c = names[i];
    const bool upper = c >= 'A' && c <= 'Z';
    if (!IsAsciiAlnum(c) || (upper && i > 0 && names[i - 1] >= 'a' && names[i - 1] <= 'z')) {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    }
    if (IsAsciiAlnum(c)) current += AsciiLower(c);
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

bool IsBoilerplateElement(const xmlNode* node) {
  static constexpr std::string_view kTags[] = {"nav",    "header",     "footer", "aside",   "form",
                                               "figure", "figcaption", "menu",   "dialog",  "input",
                                               "label",  "video",      "audio",  "picture", "map"};
  const std::string_view name = dom::Name(node);
  for (std::string_view t : kTags) {
    if (name == t) return true;
  }
  if (dom::HasAttr(node, "hidden") || Lower(dom::Attr(node, "aria-hidden")) == "true") return true;
  const std::string style = Lower(dom::Attr(node, "style"));
  if (style.find("display:none") != std::string::npos ||
      style.find("display: none") != std::string::npos) {
    return true;
  }
  const std::string role = Lower(dom::Attr(node, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "dialog" || role == "menu") {
    return true;
  }
  const std::vector<std::string> tokens = ClassTokens(node);
  static constexpr std::string_view kBoilerplate[] = {
      "comment",    "comments",     "related",  "share",         "sharing",     "social",
      "newsletter", "promo",        "advert",   "advertisement", "ad",          "ads",
      "sponsor",    "sponsored",    "sidebar",  "breadcrumb",    "breadcrumbs", "footer",
      "nav",        "navigation",   "menu",     "caption",       "credit",      "credits",
      "subscribe",  "subscription", "recirc",   "recirculation", "popular",     "trending",
      "cookie",     "signup",       "outbrain", "taboola",       "disqus",      "toolbar",
      "modal",      "popup",        "byline",   "tags",          "masthead",    "disclaimer"};
  // Wrappers that also call themselves the article or its body are kept: a page can put its
  // whole story inside an element whose class mentions "share" or "ad".
  static constexpr std::string_view kContent[] = {"article", "body", "content", "main",
                                                  "story",   "text", "entry",   "post"};
  bool boilerplate = false;
  for (std::string_view w : kBoilerplate) boilerplate = boilerplate || HasToken(tokens, w);
  if (!boilerplate) return false;
  for (std::string_view w : kContent) {
    if (HasToken(tokens, w)) return false;
  }
  return true;
}

void CollectBoilerplate(xmlNode* node, std::vector<xmlNode*>* out) {
  for (xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type == XML_COMMENT_NODE) {
      out->push_back(n);
      continue;
    }
    if (!dom::IsElement(n)) continue;
    const std::string_view name = dom::Name(n);
    if (name != "html" && name != "body" && name != "article" && name != "main" &&
        (dom::IsInvisible(name) || IsBoilerplateElement(n))) {
      out->push_back(n);
      continue;
    }
    CollectBoilerplate(n->children, out);
  }
}

void RemoveBoilerplate(xmlNode* root) {
  std::vector<xmlNode*> doomed;
  CollectBoilerplate(root, &doomed);
  for (xmlNode* n : doomed) {
    xmlUnlinkNode(n);
    xmlFreeNode(n);
  }
}

struct Stats {
  size_t text = 0;  // bytes of visible text, white space not counted
  size_t link = 0;  // of which inside <a>
  size_t commas = 0;
  bool has_block = false;  // some descendant is a block element
  double score = 0;        // content score gathered from the text blocks below
  size_t prose = 0;        // text in the prose blocks below: long enough, few links
};

double LinkDensity(const Stats& s) {
  return s.text == 0 ? 0 : static_cast<double>(s.link) / static_cast<double>(s.text);
}

class DensityScorer {
 public:
  // Fills stats_ for `node` and its descendants; `in_link` marks text under an <a>.
  Stats Measure(const xmlNode* node, bool in_link) {
    Stats s;
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content == nullptr) continue;
        for (const xmlChar* p = c->content; *p != 0; ++p) {
          const unsigned char b = *p;
          if (b > ' ') ++s.text;
          if (b == ',') ++s.commas;
        }
        continue;
      }
      if (!dom::IsElement(c)) continue;
      const bool link = in_link || dom::Name(c) == "a";
      const Stats child = Measure(c, link);
      s.text += child.text;
      s.link += child.link;
      s.commas += child.commas;
      s.has_block = s.has_block || child.has_block || dom::IsBlock(dom::Name(c));
    }
    if (in_link) s.link = s.text;
    stats_[node] = s;
    return s;
  }

  // Scores every leaf text block and hands the score up to five ancestors.
  void Score(const xmlNode* node) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (!dom::IsElement(c)) continue;
      const Stats& s = stats_[c];
      if (s.text == 0) continue;
      const bool leaf_block = !s.has_block && (dom::IsBlock(dom::Name(c)) || dom::Name(c) == "td");
      if (!leaf_block) {
        Score(c);
        continue;
      }
      if (s.text < kMinBlockText) continue;
      if (LinkDensity(s) < kMaxProseLinkDensity) {
        for (const xmlNode* a = c; a != nullptr && dom::IsElement(a); a = a->parent) {
          stats_[a].prose += s.text;
        }
      }
      const double score = (1.0 + static_cast<double>(s.commas) +
                            std::min(static_cast<double>(s.text) / 100.0, 3.0)) *
                           (1.0 - LinkDensity(s));
      int level = 0;
      for (const xmlNode* a = c->parent; a != nullptr && level < 5; a = a->parent, ++level) {
        if (!dom::IsElement(a)) break;
        const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        stats_[a].score += score / divider;
        candidates_.insert(a);
      }
    }
  }

  const xmlNode* Best() const {
    const xmlNode* best = nullptr;
    double best_score = 0;
    for (const xmlNode* c : candidates_) {
      const double weighed = Weighed(c);
      if (weighed > best_score) {
        best = c;
        best_score = weighed;
      }
    }
    return best;
  }

  double Weighed(const xmlNode* n) const {
    const auto it = stats_.find(n);
    if (it == stats_.end()) return 0;
    return it->second.score * (1.0 - LinkDensity(it->second));
  }

  const Stats& Of(const xmlNode* n) const {
    static const Stats kNone;
    const auto it = stats_.find(n);
    return it == stats_.end() ? kNone : it->second;
  }

  static constexpr size_t kMinBlockText = 25;
  static constexpr double kMaxProseLinkDensity = 0.33;

 private:
  std::unordered_map<const xmlNode*, Stats> stats_;
  std::unordered_set<const xmlNode*> candidates_;
};

// The share of an element's text that must be prose for it to count as the article.
constexpr double kMinProseShare = 0.8;
// How much more prose an ancestor must hold than the candidate to replace it: a split story adds
// whole parts; a wrapper that adds only a standfirst or a credit line does not qualify.
constexpr double kMinWideningGain = 1.25;

// Whether a block's text reads like a sentence of prose rather than a label or a link.
bool ReadsLikeProse(const xmlNode* node, const Stats& s) {
  if (s.text == 0 || LinkDensity(s) >= 0.25) return false;
  if (s.text > 80) return true;
  const std::string text = dom::Text(node);
  return LinkDensity(s) == 0 && (text.ends_with('.') || text.find(". ") != std::string::npos);
}

// The best candidate and the siblings that belong with it, in document order.
std::vector<const xmlNode*> ChooseContent(const DensityScorer& scorer, const xmlNode* best) {
  std::vector<const xmlNode*> chosen;
  const xmlNode* parent = best->parent;
  if (parent == nullptr || !dom::IsElement(parent)) return {best};
  const double best_score = scorer.Weighed(best);
  const double threshold = std::max(10.0, best_score * 0.2);
  for (const xmlNode* s = parent->children; s != nullptr; s = s->next) {
    if (s == best) {
      chosen.push_back(s);
      continue;
    }
    if (!dom::IsElement(s)) continue;
    const Stats& st = scorer.Of(s);
    if (scorer.Weighed(s) >= threshold || (dom::Name(s) == "p" && ReadsLikeProse(s, st))) {
      chosen.push_back(s);
    }
  }
  return chosen;
}

// Inside the chosen content: lists, tables and boxes that are mostly links (related stories,
// tag lists, "read more") and short link-heavy paragraphs.
void CollectLinkClusters(xmlNode* node, const DensityScorer& scorer, std::vector<xmlNode*>* out) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (!dom::IsElement(c)) continue;
    const std::string_view name = dom::Name(c);
    // Links inside a sentence are part of it; only whole blocks are judged.
    if (!dom::IsBlock(name)) continue;
    const Stats& s = scorer.Of(c);
    const double density = LinkDensity(s);
    const bool container = name == "ul" || name == "ol" || name == "table" || name == "div" ||
                           name == "section" || name == "dl";
    if (s.text > 0 && s.commas < 10 &&
        ((container && density > 0.5) || (container && s.text < 200 && density > 0.3) ||
         (!container && density > 0.5))) {
      out->push_back(c);
      continue;
    }
    CollectLinkClusters(c, scorer, out);
  }
}

// Sites split one story into several containers with ads or promos between them, so the best
// candidate may hold only a part. Climbs to the highest ancestor that holds much more prose, as
// long as prose stays most of each ancestor's text: the climb stops at the element where the page's
// other material (link lists, teasers, labels) begins to dominate.
const xmlNode* Widen(const DensityScorer& scorer, const xmlNode* best) {
  const xmlNode* top = best;
  for (const xmlNode* a = best->parent; a != nullptr && dom::IsElement(a); a = a->parent) {
    const Stats& s = scorer.Of(a);
    if (s.text == 0 ||
        static_cast<double>(s.prose) / static_cast<double>(s.text) < kMinProseShare) {
      break;
    }
    if (static_cast<double>(s.prose) >=
        kMinWideningGain * static_cast<double>(scorer.Of(top).prose)) {
      top = a;
    }
  }
  return top;
}

std::string ExtractBody(xmlNode* root) {
  RemoveBoilerplate(root);
  DensityScorer scorer;
  scorer.Measure(root, false);
  scorer.Score(root);
  const xmlNode* best = scorer.Best();
  if (best == nullptr) return {};
  best = Widen(scorer, best);
  std::vector<const xmlNode*> chosen = ChooseContent(scorer, best);
  std::vector<std::string> paragraphs;
  for (const xmlNode* n : chosen) {
    std::vector<xmlNode*> clusters;
    CollectLinkClusters(const_cast<xmlNode*>(n), scorer, &clusters);
    for (xmlNode* c : clusters) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
    }
    dom::RenderParagraphs(n, &paragraphs);
  }
  // Carousel counters ("1", "<<", ">") and headings repeated on every slide are the page's
  // furniture, not the story: drop paragraphs without a letter and repeats of earlier ones.
  std::vector<std::string> kept;
  std::unordered_set<std::string> seen;
  for (std::string& p : paragraphs) {
    const bool has_letter = std::any_of(p.begin(), p.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             static_cast<unsigned char>(c) >= 0x80;
    });
    if (has_letter && seen.insert(p).second) kept.push_back(std::move(p));
  }
  return dom::JoinParagraphs(kept);
}

}  // namespace

Result<WebPage> ReadWebPage(std::string_view html) {
  dom::DocPtr doc = dom::ParseHtml(html);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return Status::Corruption("no HTML document could be read");

  Metadata m;
  CollectMetadata(root, &m);
  WebPage page;
  page.url = m.canonical;
  if (page.url.empty()) page.url = FirstMeta(m, "og:url");
  if (page.url.empty()) page.url = m.ld_url;
  const std::vector<std::string> sites = SiteNames(m, page.url);
  page.site_name = FirstMeta(m, "og:site_name");
  if (page.site_name.empty()) page.site_name = m.ld_publisher;
  if (page.site_name.empty()) page.site_name = FirstMeta(m, "application-name");
  page.title = ChooseTitle(m, sites);
  ChooseDate(m, &page);
  ChooseAuthors(m, sites, &page);
  page.language = m.lang;
  if (page.language.empty()) page.language = m.ld_language;
  if (page.language.empty()) page.language = FirstMeta(m, "content-language");
  if (page.language.empty()) {
    page.language = FirstMeta(m, "og:locale");
    std::replace(page.language.begin(), page.language.end(), '_', '-');
  }
  page.description = m.ld_description;
  if (page.description.empty()) page.description = FirstMeta(m, "description");
  if (page.description.empty()) page.description = FirstMeta(m, "og:description");

  page.text = ExtractBody(root);
  return page;
}

std::string HtmlToText(std::string_view html) {
  if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos) {
    return dom::CollapseSpace(html);
  }
  dom::DocPtr doc = dom::ParseHtml(html);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return dom::CollapseSpace(html);
  std::vector<std::string> paragraphs;
  dom::RenderParagraphs(root, &paragraphs);
  return dom::JoinParagraphs(paragraphs);
}

}  // namespace eg
