// The feed importer ("feed"): RSS 2.0 (and RSS 1.0), Atom, JSON Feed 1.x, and NITF news stories.
// One article per item.
//
// Every article: title; url = the item's link (RSS <link>, else a permalink <guid>; Atom
// <link rel="alternate"> or the first link without rel; JSON Feed url, else external_url);
// text = the item's full content when it has one (RSS <content:encoded>, Atom <content>, JSON Feed
// content_html / content_text), else its summary (<description>, <summary>, summary), with the
// HTML inside reduced to text by HtmlToText (importers/html/web_page.h); an item with neither
// keeps its title as its text, so its headline still reaches extraction; source = the feed's own
// title; path; format "feed"; id = ArticleId(NormalizeArticleUrl(url)), or ArticleId(text) without
// one. Dates: RSS <pubDate> as RFC 822 (an ISO 8601 value is accepted too), <dc:date> as ISO 8601;
// Atom <published>, else <updated>, as RFC 3339; JSON Feed date_published, else date_modified.
// The day and time of day are kept as written, in the feed's own zone (see web_dates.h).
// An item whose date is missing or cannot be read is still imported, with `published` unset:
// its text is good, and --date (ImportOptions::date_override, which replaces every item's date)
// can supply the day. Items are never given the feed's own date, which is not theirs.
//
// NITF (IPTC News Industry Text Format, one story): title = <hedline><hl1>, date =
// <date.issue norm="20220511T193525Z">, source = <distributor>, else the copyright holder, text
// = the paragraphs of <body.content>. Some NITF exports (ArcXP's) hold Python byte-string escapes
// in their text ("\n", "\xe2\x80\x94"); these are decoded when the bytes form valid UTF-8.
//
// Malformed XML is read as far as libxml2's recovery goes (a cut-off feed gives its complete
// items); XML with no usable root fails. Parse fails with: "empty file", "binary data, not a feed",
// "not well-formed XML: <reason> (line N)", "not a feed: the root element is <x> ...", "JSON but
// not a JSON Feed ...", "the feed has no items", or, when every item failed, the first item's
// reason. Read() hands each item to the sink, and an item with nothing to import (no title and no
// text) as a failure named "item N: ..." while the other items go on.
// Sniff: 100 for a JSON Feed (its "version" names jsonfeed.org: certain, even in a .json file),
// 95 for <rss> and an Atom <feed>, 90 for RSS 1.0 <rdf:RDF> and <nitf>; 60 for a .rss or .atom
// file that holds markup (so that Parse can say what is wrong with it); else 0.
// Thread safety: stateless; Parse and Read may run concurrently.
#ifndef EVENTGRAPH_IMPORTERS_FEED_FEED_IMPORTER_H_
#define EVENTGRAPH_IMPORTERS_FEED_FEED_IMPORTER_H_

#include <memory>

#include "importers/importer.h"

namespace eg {

// A new feed importer; Name() is "feed".
std::unique_ptr<Importer> NewFeedImporter();

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_FEED_FEED_IMPORTER_H_
