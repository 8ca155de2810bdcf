#include "exporters/csv/csv_exporter.h"

#include <string>

#include "exporters/common/text_escape.h"
#include "exporters/common/view_index.h"

namespace eg {
namespace {

constexpr char kHeader[] =
    "id,start,end,precision,type,cameo,label,place,lat,lon,participants,sources\r\n";

class CsvExporter : public Exporter {
 public:
  std::string_view Name() const override { return "csv"; }
  std::string_view Extension() const override { return "csv"; }

  Result<std::string> Export(const GraphView& view, const ExportOptions&) const override {
    ViewIndex index(view);
    std::string out = kHeader;
    out.reserve(out.size() + index.events().size() * 300);
    for (const Event* event : index.events()) {
      std::string participants;
      for (const Participant& p : event->participants) {
        if (!participants.empty()) participants += "; ";
        participants += index.EntityName(p.entity) + " (" + std::string(RoleName(p.role)) + ")";
      }
      std::string sources;
      for (const Article* a : index.Sources(*event)) {
        if (!sources.empty()) sources += ' ';
        sources += a->url.empty() ? a->id : a->url;
      }
      std::optional<double> lat = index.PlaceLat(*event);
      std::optional<double> lon = index.PlaceLon(*event);
      const std::string fields[] = {
          event->id,
          DateOrEmpty(event->time.begin),
          DateOrEmpty(event->time.end),
          std::string(PrecisionName(event->time.precision)),
          event->type,
          event->cameo,
          event->label,
          index.PlaceName(*event),
          lat ? FormatNumber(*lat) : "",
          lon ? FormatNumber(*lon) : "",
          participants,
          sources,
      };
      bool first = true;
      for (const std::string& field : fields) {
        if (!first) out += ',';
        first = false;
        out += CsvField(field);
      }
      out += "\r\n";
    }
    return out;
  }
};

}  // namespace

std::unique_ptr<Exporter> NewCsvExporter() { return std::make_unique<CsvExporter>(); }

}  // namespace eg
