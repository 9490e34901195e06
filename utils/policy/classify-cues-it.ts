/** Italian cues for classifyContact (see classify-cue-types.ts for the conventions; è → e, à → a). */
import { cues, type CueRow } from './classify-cue-types';

const ROWS: readonly CueRow[] = [
  ['refund', 2, /\brimbors\w*|\b(i miei )?soldi indietro\b|\briaccredit\w*/],
  ['return-sent', 3, /\b(ho|abbiamo)( gia)? (restituito|rispedito|rimandato|spedito indietro|reso|riconsegnato|consegnato il reso|effettuato il reso|spedito il reso|fatto il reso)\b/],
  ['return-sent', 3, /\b(reso|pacco del reso|articolo restituito)\b.{0,30}\b(e stato|risulta|e)( gia)? (consegnato|ricevuto|arrivato)\b/],
  ['return-sent', 3, /\b(ho|abbiamo) (consegnato|spedito|portato|rispedito)\b.{0,40}\breso\b/],
  ['return-sent', 2, /\bgia (restituito|rispedito|reso)\b|\b(avete|ha) (gia )?ricevuto (il (mio )?reso|il pacco)\b/],
  ['refund-status', 3, /\bquando\b.{0,50}\brimbors\w*|\b(a che punto|stato del) (e il )?(mio )?rimborso\b/],
  ['refund-status', 3, /\b(ancora|non ho ricevuto|nessun)\b.{0,40}\brimbors\w*|\brimbors\w*.{0,30}\b(ancora|non (e|ancora))\b/],
  ['refund-status', 2, /\baspett\w*.{0,20}\brimbors\w*|\bin attesa del rimborso\b/],
  // rimborsato meno del previsto (issue 16)
  ['refund-short', 3, /\brimborso parziale di\b|\bparzialmente rimborsat\w*|\b(solo|soltanto)\b.{0,20}\b(rimborsat|restituit|riaccreditat)\w*|\brimborsat\w* (solo|soltanto)\b|\btrattenut\w*|\bdetratt\w*|\bdecurtat\w*|\binvece di\b.{0,20}\brimbors\w*/],
  ['product', 3, /\bcompatib\w*|\b(dimensioni|misure|scheda tecnica|specifiche)\b/],
  ['product', 3, /\b(funziona|va bene) (con|per)\b|\bcome (si )?(usa|utilizza|installa|monta|pulisce|carica|configura|collega|lava)\b|\b(istruzioni|manuale)\b/],
  ['product', 2, /\b(quale|che) (taglia|misura|colore|voltaggio|potenza|materiale|versione|modello|capacita)\b|\btaglia\b|\bmateriale\b|\bimpermeabile\b|\b(e|sono) adatt[oaie]\b|\binclus[oaie]\b|\b(volt|watt|pollici|bluetooth|usb)\b/],
  ['product-hint', 1, /\b(batteria|garanzia|colore|caricatore|cavo|modello)\b/],
  ['product', 2, /\b(pesa|peso|spessore|altezza|larghezza|lunghezza)\b/],
  ['question-form', 1, /\bsi puo\b|\bquanto\b|\bqual e\b|\bdomanda\b|\be possibile\b/],
  ['pre-order', 3, /\bprima di (acquistare|ordinare|comprare)\b|\b(disponibile|disponibili|disponibilita|scorte|riassortimento)\b|\bavete (ancora|anche)\b/],
  ['pre-order', 3, /\bvendete (anche|separatamente)\b|\b(venduto|venduta|venduti|vendute) (separatamente|a parte|da voi)\b/],
  ['return-window', 3, /\b(termine|termini|politica|etichetta|indirizzo|modalita|condizioni) (di|del|per il) reso\b|\brecesso\b/],
  ['return-window', 3, /\bcome (posso )?(restituire|fare il reso|rendere)\b|(?<!\bnon )\b(vorrei|voglio|posso|desidero|potrei)\b.{0,15}\b(restituir\w*|render(e|lo|la)|fare (il|un) reso)\b/],
  ['return-window', 3, /\bsi (puo|possono) (restituire|rendere|fare il reso)\b|\be possibile (restituire|rendere|fare il reso)\b/],
  ['review', 3, /\b(recensione|valutazione|stelle)\w*|\bfeedback\b/],
  ['cancel', 3, /\bannull\w*|\bcancell\w*/],
  ['address', 3, /\b(cambiare|modificare|sbagliato|correggere)\b.{0,20}\bindirizzo\b|\bindirizzo\b.{0,20}\bsbagliato\b|\bindirizzo di (spedizione|consegna)\b|\btraslocato\b/],
  ['shipping-speed', 3, /\b(metodo|modalita|tipo) di (spedizione|consegna)\b|\bconsegna rapida\b|\b(piu veloce|spedizione espressa|espressa|accelerare|urgente|piu in fretta)\b/],
  ['late-or-missing', 3, /\bnon (e|e ancora|e mai|mi e)( ancora)? (arrivat[oa]|consegnat[oa])\b|\bnon ho (ancora )?ricevuto (il|l'|il mio|la mia) ?(pacco|ordine|articolo|spedizione)\b/],
  ['late-or-missing', 3, /\b(ritardo|in ritardo|smarrit[oa]|pers[oa])\b|\bdove (e|si trova) il mio (pacco|ordine)\b|\bnessun tracciamento\b|\bnon ho ricevuto (niente|nulla)\b|\brisulta consegnato\b|\bnessuna traccia\b/],
  ['damaged', 3, /\b(danneggiat\w*|rott[oaie]|ammaccat\w*|graffiat\w*|crepat\w*|crep[ae]|schiacciat\w*|incrinat\w*)\b/],
  ['damaged', 3, /\b(spaccat|piegat|sfondat|strappat|scheggiat|spezzat)\w*|\ba pezzi\b/],
  ['defective', 3, /\bdifettos\w*|\bnon funziona( piu)?\b|\bnon si accende\b|\bnon (si )?carica\b|\bha smesso di funzionare\b|\bguast\w*/],
  ['wrong-item', 3, /\b(articolo|prodotto|taglia|colore|modello) (sbagliat[oa]|errat[oa]|diverso)\b|\bnon e quello che ho ordinato\b/],
  ['missing-parts', 3, /(?<!\bse )\bmanca(no|nte|nti)?\b|\bincomplet\w*|\bscatola vuota\b|\bsolo (due|tre|uno|una|\d+) \w+ invece di\b/],
  ['repair', 3, /\bripar\w*/],
  ['exchange', 3, /\b(cambio|sostituzione|sostituire|sostituirlo|sostituirla)\b/],
  ['returnless-refund', 3, /\btener(lo|la|e)\b|\brimborso parziale\b|\bsenza restituir\w*/],
  ['no-longer-needed', 3, /\bnon (mi )?serve piu\b|\bper errore\b|\bcambiato idea\b/],
];

/** Italian cue list. */
export const IT_CUES = cues(ROWS);
