/**
 * Cue tables for classifyContact: which words and phrases point at which feature, per language.
 * Patterns run on text from normaliseForCues (lower case, no Latin diacritics, "'" apostrophes).
 * Every pattern is a plain alternation or a bounded window (`.{0,40}`): no nested quantifiers, so each
 * test is linear in the scanned text.
 * Topic list: seed FAQ 1 and shared/domain/sfp-rules.md §1 (who answers which contact).
 */
import { EN_CUES } from './classify-cues-en';
import { DE_CUES } from './classify-cues-de';
import { FR_CUES } from './classify-cues-fr';
import { ES_CUES } from './classify-cues-es';
import { IT_CUES } from './classify-cues-it';
import { JA_CUES } from './classify-cues-ja';
import type { Cue } from './classify-cue-types';

/**
 * All languages' cues, applied together: messages mix languages ("Hallo, where is my refund?") and a
 * pattern of one language almost never fires on another's text.
 */
export const ALL_CUES: readonly Cue[] = [...EN_CUES, ...DE_CUES, ...FR_CUES, ...ES_CUES, ...IT_CUES, ...JA_CUES];

/**
 * Opening sentence of an Amazon CS contact forwarded through buyer-seller messaging. English is quoted
 * by third parties (sfp-rules.md §1: "We've been contacted by a customer regarding the order identified
 * below.") [3P]; the other languages are our translations of that sentence [INF], matched loosely.
 */
export const AMAZON_CS_FORWARD: readonly RegExp[] = [
  /\bwe('ve| have) been contacted by (a|one of your|the) customers? regarding the order (identified|listed|shown) below\b/,
  /\b(ein(e)? kund(e|in) hat (uns|sich)|wir wurden von (einem|einer) kund(en|in)).{0,60}\b(unten|nachstehend)\w* (angegebene|genannte|aufgefuhrte|stehende)\w* bestellung/,
  /\bnous avons ete contacte(s|e)? par (un|une) client(e)? (au sujet|a propos|concernant) de la commande (identifiee|indiquee|mentionnee) ci-?dessous\b/,
  /\b(un cliente (se ha puesto en contacto con nosotros|nos ha contactado)|hemos sido contactados por un cliente) (en relacion con|sobre|acerca de|respecto al?) (el )?pedido (indicado|identificado|que se indica)\b/,
  /\bsiamo stati contattati da (un|una) client(e|a) (in merito all|riguardo all|relativamente all)'?ordine (indicato|identificato|riportato)\b/,
  /(以下|下記)の注文.{0,10}(について|に関して).{0,10}お客様(から|より).{0,10}(お問い合わせ|問い合わせ|ご連絡|連絡)/,
];
