// Reading a news web page: its metadata and its article body.
//
// Metadata comes from the page's own declarations first, in this order of trust:
//  - title: the <title> element without the site's name ("Headline | CNN Politics" -> "Headline");
//    when that is missing or too short to be a headline (under 4 words, and no headline agrees
//    with it), the JSON-LD headline, og:title, or the first <h1>;
//  - publication date and time: JSON-LD datePublished, article:published_time, the meta names
//    datePublished / pubdate / publishdate / date / dc.date and their kin, a <time datetime>,
//    each read by ParseAnyWebDate (web_dates.h) and kept in the publisher's own time zone;
//  - authors: JSON-LD author names, else article:author, else <meta name="author"> split on
//    commas and "and", without the site's own name ("Dana A. Ford, and Tom Watkins, CNN");
//  - language: <html lang>, JSON-LD inLanguage, Content-Language, og:locale;
//  - url: <link rel="canonical">, og:url, JSON-LD url; site name: og:site_name, JSON-LD
//    publisher, application-name.
// The body is found by content density over the DOM: boilerplate elements are removed (nav,
// header, footer, aside, form, figure and captions, scripts and styles, hidden elements, and
// blocks whose class or id names comments, related links, sharing, newsletters, ads, captions,
// bylines...), every leaf text block scores by its length and commas, the score flows to its
// ancestors, each candidate is weighed by (1 - link density); the best candidate is widened to
// an ancestor holding at least a quarter more prose while prose stays 80% of its text (a story
// split into parts between ads), and taken with the siblings that score like it or read like
// prose. Inside it, link lists and short link-heavy blocks are dropped, and so are paragraphs
// without a letter (carousel counters) and repeats of an earlier paragraph. Paragraphs are joined
// by "\n\n"; entities are decoded.
// Thread safety: pure functions; they may run concurrently.
#ifndef EVENTGRAPH_IMPORTERS_HTML_WEB_PAGE_H_
#define EVENTGRAPH_IMPORTERS_HTML_WEB_PAGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/status.h"
#include "engine/model/time_span.h"

namespace eg {

struct WebPage {
  std::string title;
  std::optional<Date> published;
  std::string published_time;  // "20:03:00" when the metadata gives a time, else empty
  std::vector<std::string> authors;
  std::string language;  // as declared: "en", "en-US"
  std::string description;
  std::string url;  // as declared, not normalized
  std::string site_name;
  std::string text;  // the article body; empty when none was found
};

// Reads `html` (a whole page; broken or truncated markup is recovered as far as it goes). Fails
// only when libxml2 cannot build a document at all; an empty body is not an error here.
Result<WebPage> ReadWebPage(std::string_view html);

// Reduces an HTML fragment (a feed item's description) to plain text: scripts and styles dropped,
// entities decoded, block elements and <br><br> separating paragraphs joined by "\n\n". Text
// without markup comes back with its white space folded.
std::string HtmlToText(std::string_view html);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_HTML_WEB_PAGE_H_
