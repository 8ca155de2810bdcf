#include <map>
#include <string>

#include "importers/extract/events/triggers.h"
#include "importers/extract/words/word_table.h"

namespace eg {
namespace {

constexpr TriggerEntry kTriggers[] = {
    // 01 statement: reporting verbs with a named speaker, and informing.
    {"stated|announce|announces|announced|declare|declares|declared|claimed|said|says", "state",
     "statement", TriggerPos::kVerb, false},
    {"reported", "report", "statement", TriggerPos::kVerb, false},
    {"warned|warns|warn|confirmed|confirms|tweeted|tweets|wrote|writes|described|describes",
     "state", "statement", TriggerPos::kVerb, false},
    // Verbs that report speech as such: the speaker said something, whatever its content.
    {"added|adds|noted|notes|stressed|stresses|emphasized|emphasised|emphasizes|remarked|"
     "told|tells|explained|explains|insisted|insists|argued|argues|acknowledged|acknowledges|"
     "admitted|admits|conceded|concedes|lamented|laments|reiterated|reiterates|asserted|"
     "asserts|commented|commenting|cited|cites|expressed|expresses|addressed|addressing|hinted|hints|quipped|"
     "joked|"
     "denied|denies|reaffirmed|reaffirms|affirmed|affirms|restated|restates|concurred|concurs|"
     "portrayed|portrays|characterised|characterized|characterises|characterizes|downplayed|"
     "downplays|estimated|estimates|predicted|predicts|repeated|repeats|corroborated|"
     "corroborates|"
     // Expressing or echoing a view, highlighting a point ("expressing support", "echoing a
     // theme of", "voiced concern").
     "express|voiced|voicing|echoed|echoing|highlighted|highlighting",
     "say", "statement", TriggerPos::kVerb, false},
    {"speak|speaks|spoke|speaking", "speak", "statement", TriggerPos::kVerb, false},
    {"saying|replied|replies|replying|describing|reporting|announcing|stating|claiming|"
     "warning|confirming|telling|noting|adding|insisting|tweeting|acknowledging|admitting|"
     "lamenting|reiterating|denying|reaffirming|affirming|arguing|referring|restating|citing|"
     "estimating|predicting|repeating|stressing|emphasising|emphasizing",
     "say", "statement", TriggerPos::kVerb, false},
    {"comments|remarks|warnings", "comment", "statement", TriggerPos::kNoun, false},
    {"inform|informs|informed|brief|briefs|briefed", "inform", "statement", TriggerPos::kVerb,
     false},
    // 02 appeal, 03 intent.
    {"urge|urges|urged|appeal|appealed|appeals", "urge", "appeal", TriggerPos::kVerb, false},
    {"pleaded|pleads|pleading|requested|requesting", "request", "appeal", TriggerPos::kVerb, false},
    {"pledge|pledges|pledged|promise|promises|promised|vow|vows|vowed", "pledge", "intent",
     TriggerPos::kVerb, false},
    {"intend|intends|intended", "intend", "intent", TriggerPos::kVerb, false},
    // 04 meet, negotiate, visit.
    {"meet|meets|met", "meet", "meet", TriggerPos::kVerb, true},
    {"meeting|meetings|summit|summits|conference", "meeting", "meet", TriggerPos::kNoun, true},
    {"negotiate|negotiates|negotiated", "negotiate", "negotiate", TriggerPos::kVerb, true},
    {"negotiation|negotiations|talks|discussions|consultations|mediation", "negotiation",
     "negotiate", TriggerPos::kNoun, true},
    {"visited", "visit", "visit", TriggerPos::kVerb, true},
    {"visit|visits", "visit", "visit", TriggerPos::kEither, true},
    // 05 cooperate.
    {"agreement|agreements|deal|accord|treaty", "agreement", "cooperate", TriggerPos::kNoun, false},
    {"signed", "sign", "cooperate", TriggerPos::kVerb, false},
    // 051 praise or endorse.
    {"praised|praises|praising|hailed|hails|thanked|thanking|commended|endorsed|endorses|"
     "congratulated|congratulates|congratulating|applaud|applauds|applauded|applauding",
     "praise", "cooperate", TriggerPos::kVerb, false},
    // 07 aid, 08 yield, 09 investigate, 10 demand.
    {"aid|assistance", "aid", "aid", TriggerPos::kNoun, false},
    {"donate|donates|donated|donating", "donate", "aid", TriggerPos::kVerb, false},
    {"withdraw|withdraws|withdrew|withdrawn|withdrawal|ceasefire|truce", "withdraw", "yield",
     TriggerPos::kEither, false},
    {"investigate|investigates|investigated|investigation|probe", "investigate", "investigate",
     TriggerPos::kEither, false},
    {"demand|demands|demanded", "demand", "demand", TriggerPos::kEither, false},
    // 11 criticize, 12 reject, 13 threaten, 14 protest, 15 mobilize, 16 sanction, 17 coerce.
    {"criticize|criticizes|criticized|criticise|criticised|condemn|condemns|condemned|accuse|"
     "accuses|accused|criticism|condemnation|blames|blamed|blaming|complained|complains|"
     "complaining|denounce|denounces|denounced|denouncing|"
     // A formal accusation of crime (CAMEO 112).
     "indict|indicts|indicted|indictment|indictments",
     "criticize", "criticize", TriggerPos::kEither, false},
    {"reject|rejects|rejected|refuse|refuses|refused|rejection", "reject", "reject",
     TriggerPos::kEither, false},
    {"threaten|threatens|threatened", "threaten", "threaten", TriggerPos::kVerb, false},
    {"protest|protests|protested|demonstration|demonstrations", "protest", "protest",
     TriggerPos::kEither, false},
    {"rally|rallies", "rally", "protest", TriggerPos::kNoun, false},
    {"mobilize|mobilized|mobilise|mobilised|mobilization|deploy|deployed|deployment|mustered|"
     "amassed|amassing|massed|massing",
     "mobilize", "mobilize", TriggerPos::kEither, false},
    {"sanction|sanctions|sanctioned|embargo|embargoes|embargos|expel|expelled|expulsion|"
     "expulsions|ban|bans|banning",
     "sanction", "sanction", TriggerPos::kEither, false},
    {"arrest|arrests|arrested|detain|detained|detention|seize|seized|seizure|"
     // Expelling or deporting people (CAMEO 174).
     "deport|deported|deporting|deportation|deportations",
     "arrest", "coerce", TriggerPos::kEither, false},
    // Repression (CAMEO 175).
    {"crackdown|crackdowns", "crackdown", "coerce", TriggerPos::kNoun, false},
    // 18 attack, 19 fight and invade, 20 mass violence.
    {"attack|attacks|attacked|airstrike|airstrikes|bombing|bombed|shelling|shelled|killed|"
     "bombard|bombards|bombarded|bombarding|bombardment|bombardments|cyberattack|cyberattacks|"
     "cyber-attack|cyber-attacks|hacked|"
     // Physical assault on people (CAMEO 182: torture, sexual assault, beatings that maim).
     "tortured|torturing|torture|raped|raping|suffocated|stabbed|beheaded|mutilated|"
     "maimed",
     "attack", "attack", TriggerPos::kEither, false},
    {"fought|fighting|clashes|clashed|battle|fight|fights", "fight", "fight", TriggerPos::kEither,
     false},
    {"war|wars|battles|conflict|conflicts", "war", "fight", TriggerPos::kNoun, false},
    {"strike|strikes|struck|offensive|assault|assaults|ambush|ambushed", "strike", "attack",
     TriggerPos::kEither, false},
    {"captured|capture|captures|occupied|occupy|occupies|recapture|recaptured|recaptures|retake|"
     "retook|retaken",
     "occupy", "invade", TriggerPos::kEither, false},
    // Encircling or besieging a place restricts its movement (CAMEO 191, under 19 fight).
    {"encircle|encircles|encircled|encircling|besiege|besieges|besieged|besieging", "besiege",
     "fight", TriggerPos::kVerb, false},
    {"encirclement|siege|sieges", "siege", "fight", TriggerPos::kNoun, false},
    {"invade|invades|invaded|invasion", "invade", "invade", TriggerPos::kEither, false},
    {"massacre|massacred|genocide", "massacre", "mass_violence", TriggerPos::kEither, false},
    // Outside the taxonomy, kept as "other": a short list of datable public events.
    {"election|elections|referendum", "election", "other", TriggerPos::kNoun, false},
};

const WordTable<const TriggerEntry*>& FormIndex() {
  static const auto* const kIndex = [] {
    auto* index = new WordTable<const TriggerEntry*>();
    for (const TriggerEntry& e : kTriggers) {
      std::string_view forms = e.forms;
      while (!forms.empty()) {
        size_t bar = forms.find('|');
        index->Insert(forms.substr(0, bar), &e);
        if (bar == std::string_view::npos) break;
        forms.remove_prefix(bar + 1);
      }
    }
    return index;
  }();
  return *kIndex;
}

}  // namespace

const TriggerEntry* FindTrigger(std::string_view lower) {
  const TriggerEntry* const* entry = FormIndex().Find(lower);
  return entry == nullptr ? nullptr : *entry;
}

bool IsSymmetricType(std::string_view type) {
  return type == "meet" || type == "negotiate" || type == "fight" || type == "cooperate";
}

}  // namespace eg
