// The normalized form of an article URL, the key of its ArticleId (engine/base/ids.h), so that the
// same story reached from a feed, a saved page or a crawler dump gets the same id.
#ifndef EVENTGRAPH_IMPORTERS_HTML_URL_H_
#define EVENTGRAPH_IMPORTERS_HTML_URL_H_

#include <string>
#include <string_view>

namespace eg {

// Trims white space; lower-cases the scheme and host; drops the fragment, a default port (":80"
// for http, ":443" for https), query parameters that only track the reader (utm_*, at_medium,
// at_campaign, wt_mc, fbclid, gclid, ocid, cmpid, CMP, ref, rss, ns_mchannel, ns_source,
// ns_campaign), keeping the others in their order (an emptied query loses its "?"), and one
// trailing "/" after a path (the JSONL importer's NormalizeUrl drops it too, so a link without
// tracking parameters gets the same id from either). A URL without "scheme://" comes back
// trimmed and otherwise unchanged. Pure and thread-safe.
std::string NormalizeArticleUrl(std::string_view url);

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_HTML_URL_H_
