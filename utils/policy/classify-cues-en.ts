/** English cues for classifyContact (see classify-cues.ts for the conventions). */
import { cues, type CueRow } from './classify-cue-types';

const OBJ = "(it|them|this|that|the (item|items|product|parcel|package|order|return|box)|my (item|order|return|parcel|package))";

const ROWS: readonly CueRow[] = [
  // refund
  ['refund', 2, /\brefund(s|ed|ing)?\b|\breimburs\w*|\bmoney back\b|\bcredit(ed)? (back )?to my (card|account)\b/],
  ['refund', 1, /\bmy money\b|\bget (my|the) money\b/],
  // the return is already on its way or delivered
  ['return-sent', 3, new RegExp(`\\b(i|we)( have|'ve)?( already| just)? (returned|sent|shipped|mailed|posted|dropped off) ${OBJ}( back| off)?\\b`)],
  ['return-sent', 3, /\b(i|we)( have|'ve)?( already)? (sent|shipped|mailed|posted) (it|them|the|my) (\w+ ){0,3}back\b|\bsent back (the|my|it)\b|\b(was|were|have been|got) (sent|shipped|mailed) back\b/],
  ['return-sent', 3, /\b(return|parcel|package|item)( was| has been| got| is)? (delivered|received) (back )?to (you|your warehouse|the seller)\b|\btracking shows (it|the return|my return) (was |has been |as )?delivered\b/],
  ['return-sent', 3, /\b(return|parcel|package)\b.{0,20}\b(reached|arrived at|got to) (you|your)\b|\b(dropped|sent|posted|mailed|shipped) (off )?(the|my) return\b|\bsigned for (my|the) return\b/],
  ['return-sent', 2, /\byou (have|should have|must have|'ve) (received|got|gotten) (it|them|the return|my return|the item back)\b|\bdid you (receive|get) (my|the) return\b/],
  ['return-sent', 3, /\b(i|we)( have|'ve)?( already)? returned (it|them|the|my|both|all)\b|\b(the |my )?return (was|has been|got) (delivered|received)\b/],
  ['return-sent', 2, /\b(the|my) returned \w+|\breturned (it|them|the item|the product|the order|my order)\b|\breturn (was|got) (dropped off|picked up|scanned)\b/],
  // asking for the refund's status
  ['refund-status', 3, /\bwhere('s| is) (my|the) (refund|money)\b|\brefund status\b|\bstatus of (my|the) refund\b/],
  ['refund-status', 3, /\bwhen (will|can|do|should) (i|we) (get|receive|see|expect) (my|the|a) (refund|money)\b/],
  ['refund-status', 2, /\b(haven't|havent|have not|hasn't|hasnt|has not|not yet|didn't|didnt|did not|still (haven't|havent|have not|not|no))( yet)?( been)? (received|recieved|got|gotten|seen|issued|processed|had)?.{0,25}\b(refund|money)\b/],
  ['refund-status', 3, /\b(refund|money)\b.{0,20}\b(not|hasn't|has not|haven't|never) (come through|arrived|appeared|shown up|been (issued|processed|credited|paid))\b/],
  ['refund-status', 2, /\b(waiting|wait) (for|on) (my|the|a) (refund|money)\b|\bno refund yet\b|\bstill no (refund|money)\b/],
  // less refunded than expected: a question about the refund of a return (issue 16)
  ['refund-short', 3, /\b(only|just) (got|received|been refunded|refunded|credited|gave me)\b|\bpartial(ly)? refund(ed)? (of|for)\b|\b(got|received|given) a partial refund\b|\brestocking fee\b|\bdeducted\b|\brefund\b.{0,30}\b(short|less than|is missing|was missing|instead of|not the full)\b|\bnot (refunded )?(the )?full (refund|amount)\b/],
  // product questions (seed FAQ 1: "answer the question directly")
  ['product', 3, /\bcompatib(le|ility)\b|\bdimensions?\b|\bspecs?\b|\bspecifications?\b|\bdatasheet\b/],
  ['product', 3, /\b(does|do|will|would|can|is|are) (it|this|that|these|they|(the|this|that|these|those) \w+) (fit|work|support|come with|include|run|hold|charge|pair|connect|accept|play|read|handle|go (in|into|on))\b/],
  ['product', 3, /\b(what|which) (size|sizes|colou?rs?|material|voltage|wattage|capacity|version|model|thread|plug|length|width|height)\b/],
  ['product', 3, /\bhow (do|can|should|would) (i|we|you) (use|set up|setup|install|assemble|clean|wash|charge|pair|connect|reset|adjust|update|mount|fit|calibrate|store)\b/],
  ['product', 2, /\b(manual|instructions|user guide|setup guide)\b|\bmade (of|from|in)\b|\bhow (long|big|heavy|tall|wide|many)\b(?!.{0,25}\breturn)|\bweigh(s|t)?\b/],
  ['product', 2, /\b(waterproof|dishwasher( safe)?|oven[- ]safe|bpa|voltage|watts?|mah|inch(es)?|cm|mm|firmware|bluetooth|wifi|usb-?c?)\b|\bwork with\b|\bsuitable for\b|\bis (it|this) (safe|suitable)\b/],
  ['product-hint', 1, /\b(battery|batteries|warranty|charger|cable|adapter|size|colou?r|material|model)\b/],
  ['product', 2, /\b(adjustable|leak[- ]?proof|water[- ]?resistant|max(imum)? (weight|load|size|temperature))\b/],
  ['product', 3, /\b(if|whether) (it|this|they|these|that) (fits?|works?|will (fit|work)|would (fit|work))\b/],
  ['product', 3, /\bdoes (it|this|the \w+( \w+)?) have\b|\bshould i (order|get|buy|choose|pick)\b/],
  ['question-form', 1, /(^|[.!?] )(is|are|does|do|can|could|will|would|what|which|how|has|have)\b|\bcan (you|u) tell me\b|\bi (was )?wonder(ing)?\b|\bquick (one|question)\b/],
  ['pre-order', 3, /\bbefore (i |we )?(buy|order|purchas)\w*\b|\b(thinking|planning) (of|about|to) (buy|order|purchas)\w*\b|\b(back )?in stock\b|\brestock\w*\b|\bdo you (have|sell|carry|stock|offer)\b/],
  ['pre-order', 2, /\bavailab(le|ility)\b|\bbulk (order|price)\b/],
  // A spare part or accessory the seller may sell is a pre-order question, even after a breakage (issue 16).
  ['pre-order', 3, /\b(sold|sell) (by|from) you\b|\bdo you (also |even )?sell\b|\b(replacement|spare) \w+( \w+)? (on (its|their) own|separately)\b/],
  ['product', 3, /\bbattery life\b/],
  // other post-order topics → Amazon CS (seed FAQ 1, sfp-rules.md §1)
  ['return-window', 3, /\breturn (window|period|policy|label|deadline|address|shipping|instructions)\b|\bhow (do|can|should) i (return|send (it|this) back)\b|\bprepaid (return )?label\b|\bstart a return\b/],
  ['return-window', 3, /\bhow (long|many days)\b.{0,25}\b(to|can i) (return|send)\b|\b(can|could|may) i (still )?(return|send (it|this|them) back)\b|\b(want|would like|need|like|wish) to (return|send (it|this|them) back)\b|\breturn (it|this|them) for a refund\b/],
  ['return-window', 3, /\b(can|could) (i|we|you) (return|send back)\b|\bis it possible to (return|send (it|this|them) back)\b|\breturnable\b|\b(accept|take) returns?\b|\breturn (an? )?opened\b/],
  ['review', 3, /\b(leave|write|post|change|update|remove|delete|edit|add) (a |my |the |an )?(review|feedback|rating)\b|\bstar rating\b/],
  ['review', 2, /\breviews?\b|\bfeedback\b/],
  ['cancel', 3, /\b(stop|halt) (it|the order|the shipment|this)\b|\bbefore it ships\b|\bordered (this |it )?by accident\b|\bcancel(l?ed|l?ing|lation|s)?\b/],
  ['address', 3, /\b(deliver(ed)?|send|ship) (it |this |them )?(to|at) (a|an|my|another|different) (locker|pick-?up point|neighbou?r|different|other|work|office)\b|\blocker\b|\bpick-?up point\b|\b(change|update|wrong|correct|edit|modify) (the |my )?(shipping |delivery |postal )?address\b|\bnew address\b|\bmoved house\b/],
  ['shipping-speed', 3, /\b(faster|expedited?|express|overnight|next[- ]day|upgrade (the |my )?(shipping|delivery))\b|\bshipping speed\b|\bspeed (it )?up\b/],
  ['late-or-missing', 3, /\b(hasn't|has not|haven't|have not|didn't|did not|never|still not|not yet|still hasn't|still haven't) (arrived|come|turned up|shown up|been delivered|received (it|my order|my package|my parcel|the (item|package|parcel|order)))\b/],
  ['late-or-missing', 3, /\bwhere('s| is) my (order|package|parcel|item|delivery)\b|\b(is|was|are) (late|delayed|lost)\b|\bnot (arrived|delivered|received)\b|\bno tracking\b|\bmarked as delivered\b|\b(says|shows) (as )?delivered\b|\bnever (got|received|arrived)\b|\blost in (the )?(post|mail)\b|\bnowhere to be (seen|found)\b/],
  ['late-or-missing', 2, /\b(late|delayed|delay|lost)\b/],
  ['late-or-missing', 3, /\btracking\b.{0,30}\b(hasn't|has not|not|hasnt) (moved|updated|changed)\b|\b(stuck|still) (in transit|at the (depot|hub|facility))\b|\bwhen will (it|my order|my package|my parcel|the order|the package) (arrive|get here|be delivered)\b|\b(was|were) (supposed|due|meant) to (arrive|be delivered|be here|come)\b|\b(should|was to) have (arrived|been delivered)\b/],
  // model inputs only (no rule): thanks or praise alone, an invoice request — neither a product nor a refund question
  ['thanks', 3, /\bjust (wanted|writing) to (say )?thank\b|\bthank you so much for\b|\b(love|loving|loved) (it|the \w+)\b|\bgreat (seller|service|packaging)\b|\b(arrived|came) (so )?(quickly|fast|early)\b/],
  ['invoice', 3, /\binvoices?\b|\bvat (receipt|number)\b|\breceipt\b/],
  ['damaged', 3, /\b(damaged|broken|broke|cracked|dented|smashed|shattered|crushed|leaking|leaked|scratched|torn|ripped|bent)\b/],
  ['damaged', 3, /\b(snapped|chipped|busted|squashed|warped|split open|came apart|fell apart|in pieces)\b/],
  ['defective', 2, /\b(disappointed|unacceptable|poor quality|cheaply made|wobbl\w*)\b/],
  ['defective', 3, /\b(defective|faulty|doesn't work|does not work|don't work|stopped working|not working|won't (turn on|charge|start|power on|work)|dead on arrival|doa|malfunction\w*|keeps (crashing|turning off))\b/],
  ['wrong-item', 3, /\bwrong (item|product|size|colou?r|model|one|thing|book|part|version)\b|\bnot what i ordered\b|\bdifferent (item|product|model|colou?r) (than|from|to)\b|\bsent me (a |the )?(wrong|different)\b/],
  ['wrong-item', 3, /\b(ordered|bought)\b.{0,40}\b(got|received|came|arrived|sent)\b.{0,25}\binstead\b|\b(listing|description|photo|picture) (says|said|shows|showed)\b.{0,60}\b(it doesn't|it does not|it isn't|it is not|it's not|not true)\b/],
  ['missing-parts', 3, /\b(parts?|pieces?|screws?|accessor(y|ies)|cable|charger|remote|manual) (is|are|was|were) (missing|not included|not in the box)\b|\bempty (box|package|parcel)\b|\bmissing\b/],
  ['repair', 3, /\brepair(ed|s|ing)?\b|\b(fix|mend) (it|this|them)\b/],
  ['exchange', 3, /\b(exchange|replacement|replace|swap)\w*\b|\bsend (me )?a new one\b/],
  ['exchange', 3, /\b(for|in|into) a (bigger|smaller|larger|different) (size|one|colou?r)\b|\bsize (up|down)\b/],
  ['shipping-speed', 3, /\b(change|move|reschedule) the delivery (date|day)\b|\bdeliver(ed)? (it )?(after|before|on) the \d+/],
  ['returnless-refund', 3, /\bkeep (it|the item|them|the product)\b|\bpartial refund\b|\bwithout (returning|sending it back)\b/],
  ['no-longer-needed', 3, /\b(no longer need|(don't|do not|might not|may not) need (it|this|them)|changed my mind|ordered (it )?by mistake|don't want (it|this|them) anymore|not needed anymore)\b/],
];

/** English cue list. */
export const EN_CUES = cues(ROWS);
