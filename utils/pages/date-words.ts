/**
 * Month and weekday words, and time-zone abbreviations, for the date formats Seller Central shows or is likely to
 * show (shared/domain/seller-central-pages.md, "Dates as shown"): en-US and ja-JP are seen, en-GB / de / fr / it /
 * es are inferred from the locales' CLDR formats (what Intl.DateTimeFormat prints), so both short and long forms,
 * with or without the abbreviation dot, are listed. Keys are lower-case without a trailing dot.
 */

const MONTH_LISTS: readonly (readonly string[])[] = [
  // en
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['', '', '', '', '', '', '', '', 'sept', '', '', ''],
  // de
  ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['jän', '', 'mrz', '', '', '', '', '', '', '', '', ''],
  // fr
  ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['', 'fevr', '', '', '', '', '', 'aout', '', '', '', 'dec'],
  // it
  ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  // es
  ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['', '', '', '', '', '', '', '', 'sep', '', '', ''],
];

/** Month word → 1..12. No word means two different months in the supported languages. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_LISTS.flatMap((list) => list.map((w, i) => [w, i + 1] as const).filter(([w]) => w !== '')),
);

const WEEKDAY_LISTS: readonly (readonly string[])[] = [
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  ['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'],
  ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
  ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'],
  ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  ['dom', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab'],
  ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
  ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ['', '', '', 'mie', '', '', 'sab'],
  ['日', '月', '火', '水', '木', '金', '土'],
  ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日'],
];

/** Weekday word → 0 (Sunday) .. 6. Used only to check a parsed date, never to infer one. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_LISTS.flatMap((list) => list.map((w, i) => [w, i] as const).filter(([w]) => w !== '')),
);

/**
 * Zone abbreviation → UTC offset in minutes. Abbreviations are fixed offsets by definition (PST is always −8 h):
 * "MET" is Middle European Time, +1 h, as shown on the DE host in winter ("Sun, 2 Nov 2025, 15:20 MET");
 * that Seller Central prints "MEST" (+2 h) in summer is assumed. MEZ/MESZ are the German forms that
 * Intl prints for de-DE. Ambiguous ones (IST, CST, AST) are resolved in zoneOffsetFor().
 */
export const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['UTC', 0], ['GMT', 0], ['Z', 0], ['WET', 0], ['WEST', 60], ['BST', 60],
  ['CET', 60], ['CEST', 120], ['MET', 60], ['MEST', 120], ['MEZ', 60], ['MESZ', 120],
  ['EET', 120], ['EEST', 180], ['MSK', 180], ['TRT', 180], ['SAST', 120], ['GST', 240],
  ['PKT', 300], ['SGT', 480], ['HKT', 480], ['KST', 540], ['JST', 540],
  ['AWST', 480], ['ACST', 570], ['ACDT', 630], ['AEST', 600], ['AEDT', 660], ['NZST', 720], ['NZDT', 780],
  ['EST', -300], ['EDT', -240], ['CDT', -300], ['MST', -420], ['MDT', -360], ['PST', -480], ['PDT', -420],
  ['AKST', -540], ['AKDT', -480], ['HST', -600], ['NST', -210], ['NDT', -150], ['ADT', -180], ['BRT', -180],
]);

/** Abbreviations with more than one meaning; the page's (or marketplace's) zone picks one. */
const AMBIGUOUS: Readonly<Record<string, { byZone: Readonly<Record<string, number>>; otherwise: number }>> = {
  // India Standard Time unless the page is Irish (Irish Standard Time, summer) or Israeli.
  IST: { byZone: { 'Europe/Dublin': 60, 'Asia/Jerusalem': 120 }, otherwise: 330 },
  // US Central Standard Time unless the page is Chinese or Cuban.
  CST: { byZone: { 'Asia/Shanghai': 480, 'Asia/Taipei': 480, 'America/Havana': -300 }, otherwise: -360 },
  // Arabia Standard Time on the Gulf marketplaces, else Atlantic Standard Time.
  AST: { byZone: { 'Asia/Riyadh': 180, 'Asia/Dubai': 180, 'Asia/Kuwait': 180, 'Asia/Qatar': 180, 'Asia/Bahrain': 180, 'Asia/Baghdad': 180 }, otherwise: -240 },
};

/** Offset in minutes of a zone abbreviation (upper case), given the page's IANA zone for ambiguous ones. */
export function zoneOffsetFor(abbr: string, contextZone?: string): number | undefined {
  const a = AMBIGUOUS[abbr];
  if (a) return (contextZone ? a.byZone[contextZone] : undefined) ?? a.otherwise;
  return ZONE_OFFSETS.get(abbr);
}

/** Every abbreviation zoneOffsetFor knows, longest first (so "CEST" wins over "CET" in a regex alternation). */
export const ZONE_ABBREVIATIONS: readonly string[] = [...ZONE_OFFSETS.keys(), ...Object.keys(AMBIGUOUS)]
  .filter((z) => z !== 'Z')
  .sort((a, b) => b.length - a.length);
