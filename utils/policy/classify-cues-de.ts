/** German cues for classifyContact (see classify-cue-types.ts for the conventions; ü → u, ä → a, ö → o). */
import { cues, type CueRow } from './classify-cue-types';

const BACK = '(zuruck ?(geschickt|gesendet|gesandt|geschickt)|retourniert|zuruckgegeben|eingeschickt|abgegeben|verschickt|versendet|weggeschickt)';

const ROWS: readonly CueRow[] = [
  ['refund', 2, /\bru(e)?ckerstatt\w*|\berstatt(ung|et|en|e|et)\b|\bgeld (zuruck|wieder)\b|\bgutschrift\b|\bruckzahlung\b|\bzuruckgezahlt\b|\bmein geld\b/],
  ['return-sent', 3, new RegExp(`\\b(habe|hab|haben|hatte|hatten)\\b.{0,50}\\b${BACK}\\b`)],
  ['return-sent', 3, /\b(rucksendung|retoure\w*|rucksende\w*)\b.{0,50}\b(zugestellt|angekommen|eingegangen|erhalten|bei ihnen|abgegeben)\b/],
  ['return-sent', 2, /\b(bereits|schon) (zuruck\w*|retourniert)\b|\bzuruckgeschickt\b|\bzuruckgesendet\b|\bretourniert\b/],
  ['refund-status', 3, /\bwann\b.{0,50}\b(erstatt\w*|ru(e)?ckerstatt\w*|geld|gutschrift)\b|\bwo bleibt\b.{0,30}\b(erstattung|ru(e)?ckerstattung|geld|gutschrift)\b/],
  ['refund-status', 3, /\b(noch (kein|keine|keinen|nicht)|immer noch (kein|keine|keinen|nicht)|bisher (kein|keine|keinen|nicht))\b.{0,40}\b(erstatt\w*|ru(e)?ckerstatt\w*|geld|gutschrift)\b/],
  ['refund-status', 2, /\b(erstattung|ru(e)?ckerstattung|geld|gutschrift)\b.{0,40}\b(noch (nicht|nie)|immer noch nicht|bisher nicht)\b|\bwarte\b.{0,30}\b(erstattung|ru(e)?ckerstattung|geld|gutschrift)\b/],
  // weniger erstattet als erwartet (issue 16)
  ['refund-short', 3, /\bnur\b.{0,30}\b(zuruck ?(bekommen|erhalten|erstattet|uberwiesen)|erstattet|gutgeschrieben)|\bteil(erstattung|betrag|weise erstattet)\w*|\bwertminderung\b|\babgezogen\b|\bnicht (den|der) (vollen|ganzen|komplette|kompletten|volle) (betrag|summe|preis)\b|\bstatt\b.{0,20}\b(zuruckbekommen|erstattet|erhalten)\b/],
  ['product', 3, /\bkompatib\w*|\babmessung\w*|\bma(ß|ss)e\b|\bdatenblatt\b|\btechnische daten\b/],
  ['product', 3, /\b(passt|passen|funktioniert|halt|unterstutzt)\b (es|das|er|sie|der|die|dieser|diese|dieses)\b|\bwelche (gro(ß|ss)e|farbe|spannung|version|leistung|lange|breite|hohe|kapazitat)\b/],
  ['product', 3, /\bwie (benutze|verwende|installiere|bediene|reinige|lade|montiere|verbinde|kopple|koppele|stelle|befestige|wasche)\b|\b(bedienungs)?anleitung\b|\bhandbuch\b/],
  ['product', 2, /\bgeeignet\b|\bspulmaschinenfest\b|\bwasserdicht\b|\bmaterial\b|\bwie (lang|gro(ß|ss)|schwer|breit|hoch|viele)\b|\b(volt|watt|zoll|mah|bluetooth|usb)\b|\bpasst\b/],
  ['product', 2, /\b(dabei|enthalten|mitgeliefert|inklusive|lieferumfang)\b/],
  ['product-hint', 1, /\b(akku|batterie|garantie|gro(ß|ss)e|farbe|ladegerat|kabel|modell)\b/],
  ['question-form', 1, /\b(kann man|gibt es|hat (der|die|das)|haben (die|sie)|ist (der|die|das|es)|sind (die|sie)|wie (viel|lange))\b|\bfrage\b/],
  ['pre-order', 3, /\berhaltlich\b|\bvor dem kauf\b|\bbevor ich (es )?(bestelle|kaufe)\b|\b(wieder )?(lieferbar|vorratig|auf lager|verfugbar)\b|\bhaben sie (auch|noch)\b/],
  ['pre-order', 3, /\bverkaufen sie (auch )?\b|\bersatz\w* (einzeln|separat)\b|\b(einzeln|separat) (erhaltlich|kaufen|bestellen)\b/],
  ['return-window', 3, /\bruck(sende|gabe)(frist|etikett|schein|adresse|recht|bedingungen)\b|\bretouren?(label|schein|etikett)\b|\bwiderruf\w*/],
  ['return-window', 3, /\bwie (kann|konnte|soll) ich\b.{0,30}\b(zuruck(senden|schicken|geben)|retournieren)\b|\b(mochte|will|wurde gerne|mochten|kann ich)\b (?!.{0,30}\bnicht\b).{0,30}\b(zuruck(senden|schicken|geben)|retournieren)\b/],
  ['return-window', 3, /\bkann man\b.{0,40}\b(zuruck(geben|senden|schicken)|retournieren)\b|\b(zuruck(geben|senden|schicken)|rucksendung)\b.{0,30}\bwie (geht|funktioniert)\b|\bwie (geht|funktioniert) (die|eine) (rucksendung|ruckgabe|retoure)\b/],
  ['return-window', 3, /\bwie lange\b.{0,40}\bzuruck(geben|senden|schicken|zugeben|zusenden|zuschicken)\b|\bwie lange\b.{0,30}\b(ruckgabe|rucksendung|umtausch)\w*/],
  ['review', 3, /\b(bewertung|rezension|sternebewertung)\w*|\bfeedback\b|\bsterne\b/],
  ['cancel', 3, /\bstorn\w*|\babbestell\w*|\bstornieren\b/],
  ['address', 3, /\b(liefer|versand)adresse\b|\banschrift\b|\badresse (andern|korrigieren|ist falsch)\b|\bfalsche adresse\b|\bumgezogen\b/],
  ['shipping-speed', 3, /\b(expressversand|express|schneller|beschleunig\w*|premiumversand)\b/],
  ['late-or-missing', 3, /\b(paket|bestellung|sendung|lieferung|ware|artikel)\b.{0,40}\b(nicht|nie|noch nicht|immer noch nicht)\b.{0,20}\b(angekommen|geliefert|zugestellt|da)\b/],
  ['late-or-missing', 3, /\bverspat\w*|\bverzoger\w*|\bwo (ist|bleibt) (mein|meine)\b.{0,10}\b(paket|bestellung|sendung|lieferung)\b|\b(nicht|nie) angekommen\b|\bverloren\b|\bkeine sendungsverfolgung\b/],
  ['late-or-missing', 3, /\bwann kommt (mein|meine|das|die|der)\b|\bsollte\b.{0,30}\b(ankommen|kommen|da sein|geliefert werden|zugestellt werden)\b|\bsendungsverfolgung\b.{0,40}\b(bewegt sich nicht|keine bewegung|seit)\b|\b(hangt|steckt) (seit|immer noch|noch)\b|\bimmer noch unterwegs\b/],
  ['thanks', 3, /\bwollte (mich )?(nur |einfach )?(bedanken|danke sagen)\b|\bvielen dank fur (die|den|das) (schnelle|tolle|super)\w*|\bsuper (service|schnell)\b|\bbin (sehr |total )?zufrieden\b/],
  ['invoice', 3, /\brechnung\w*|\bquittung\b|\bbeleg\b|\bust-?id\b/],
  ['damaged', 3, /\b(beschadigt|kaputt|zerbrochen|gebrochen|zerkratzt|undicht|eingedruckt|gerissen|zersprungen|gesprungen|verbeult)\w*/],
  ['damaged', 3, /\briss(e|en)?\b|\b(abgebrochen|verbogen|eingerissen|zerdruckt|gesplittert|aufgeplatzt)\w*|\bdelle\b/],
  ['defective', 3, /\bdefekt\w*|\bfunktioniert (nicht|nicht mehr|gar nicht)\b|\bgeht nicht (mehr )?an\b|\blasst sich nicht\b|\bfehlerhaft\b|\bohne funktion\b/],
  ['wrong-item', 3, /\bfalsche[nrms]? (artikel|produkt|farbe|gro(ß|ss)e|modell|ware|teil)\b|\bfalsch geliefert\b|\bnicht (das)?,? ?was ich bestellt\b|\banders als (auf dem bild|beschrieben|abgebildet|in der beschreibung)\b|\b(anderen|anderes) (artikel|produkt)\b/],
  ['wrong-item', 3, /\bstatt\b.{0,30}\b(kam|kamen|geliefert|bekommen|erhalten)\b|\b(bestellt|gekauft)\b.{0,40}\b(kam|bekommen|geliefert|erhalten)\b.{0,20}\b(aber|jedoch)\b|\blaut (ihrer |der )?(beschreibung|artikelbeschreibung|angebot)\b.{0,60}\b(nicht|tut sie nicht|tut er nicht|tut es nicht)\b/],
  ['missing-parts', 3, /\bnicht (enthalten|dabei|im paket|mitgeliefert)\b|\bfehl(t|en|ende|enden)\b|\bunvollstandig\b|\bleere[rsn]? (karton|paket|verpackung)\b/],
  ['repair', 3, /\brepar\w*/],
  ['exchange', 3, /\bumtausch\w*|\bumtauschen\b|\baustausch\w*|\bersatz(lieferung|produkt|gerat|artikel)?\b/],
  ['exchange', 3, /\btausch\w*|\bgetauscht\b|\beingetauscht\b|\bandere grosse\b/],
  ['shipping-speed', 3, /\b(liefer|zustell)(termin|datum|tag)\w*|\bspater (liefern|zustellen)\b/],
  ['returnless-refund', 3, /\bbehalten\b|\bteilerstattung\b|\bpreisnachlass\b/],
  ['no-longer-needed', 3, /\bnicht mehr (benotigt|gebraucht|brauche|notig)\b|\bversehentlich bestellt\b|\bdoch nicht\b|\bes mir anders uberlegt\b/],
];

/** German cue list. */
export const DE_CUES = cues(ROWS);
