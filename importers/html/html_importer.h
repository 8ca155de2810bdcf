// The HTML importer ("html"): one article per saved news web page.
//
// The Article: title, published and published_time, url and source (the site's name) from the
// page's metadata, text = the article body found by content density, paragraphs joined by "\n\n"
// (see web_page.h for both), path, format "html", id = ArticleId(NormalizeArticleUrl(url)) when the
// page declares its URL, else ArticleId(text). The authors and language that ReadWebPage also finds
// have no field in Article yet. ImportOptions::date_override replaces the page's date (and then
// its time of day is dropped).
//
// Parse fails (no article) with: "empty file" (nothing but white space), "binary data, not HTML",
// "no article body" (the page parses, truncated or not, but holds no text block to read).
// Input that is not valid UTF-8 is decoded from the page's declared charset.
// Sniff: 95 for a document that opens with <!DOCTYPE html> or <html> (after white space and
// comments), 90 for XHTML, 70 for a .html/.htm/.xhtml file holding markup, 40 for content with a
// <head> or <body> tag, else 0.
// Thread safety: stateless; Parse may run concurrently.
#ifndef EVENTGRAPH_IMPORTERS_HTML_HTML_IMPORTER_H_
#define EVENTGRAPH_IMPORTERS_HTML_HTML_IMPORTER_H_

#include <memory>

#include "importers/importer.h"

namespace eg {

// A new HTML importer; Name() is "html".
std::unique_ptr<Importer> NewHtmlImporter();

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_HTML_HTML_IMPORTER_H_
