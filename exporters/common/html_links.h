// HTML fragments shared by the exporters whose consumers render HTML (TimelineJS, vis-timeline).
// All free text is escaped with HtmlText; thread-safe.
#ifndef EVENTGRAPH_EXPORTERS_COMMON_HTML_LINKS_H_
#define EVENTGRAPH_EXPORTERS_COMMON_HTML_LINKS_H_

#include <string>
#include <string_view>

#include "engine/model/article.h"
#include "engine/model/event.h"
#include "exporters/common/view_index.h"

namespace eg {

// True for an absolute http or https URL without control characters or spaces: the only URLs we
// turn into links (a "javascript:" URL in a feed must not become a live link). Quotes and angle
// brackets are allowed: the link's href is HTML-escaped.
bool IsWebUrl(std::string_view url);

// A link to the article (title as text, "_blank" target) when its URL is a web URL, else the
// escaped title (or source, or id) as plain text.
std::string ArticleLinkHtml(const Article& article);

// The body text of an event as HTML paragraphs: evidence, time words, place, participants and the
// source links.
std::string EventDetailsHtml(const Event& event, const ViewIndex& index);

}  // namespace eg

#endif  // EVENTGRAPH_EXPORTERS_COMMON_HTML_LINKS_H_
