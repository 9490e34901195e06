/**
 * The closed vocabulary of Seller Central UI words that a scrubbed snapshot may keep
 * (snapshot.ts). An allow-list: text survives only when every word of it is listed here, so a
 * buyer's name, street or message never does. Words come from shared/domain/seller-central-pages.md
 * (labels, statuses, dates as shown) and the fixtures' labels in the UI languages we parse
 * (en, de, fr, it, es, ja). Missing words only cost detail in a bug report ("[text]"), never privacy.
 * Month and weekday names ("May", "Sam.") are unavoidable; add no other word that is also a given name.
 */

const WORDS = `
a about action actions add all amazon an and any applied appeal approval approved are as asin at
awaiting back badge be buyer by cancel canceled cancelled carrier case channel claim claims close
closed completed contact contacted count create created cs customer customers date dates days
deliver delivered delivery details detail do done edit en english filter first for from fulfilment
fulfillment fulfilled help hide history id identified in info information investigation is issue
issued item items label language last list load loading manage marked merchant message messages
method more my needed network new next no none not of on open order orders page pending prime
prior print prior product quantity question questions read reason refund refunded refunds regarding
reimbursement reply replied request requested requests resolution resolved respond response
responded results return returned returns safe safe-t scan search seller sellercentral send sent
service settings ship shipped shipping show sku status subject submit summary t tab tabs the this
time to today total tracking type unread unshipped view we we've were with yes yesterday you your
all-time below above identified number numbers tracking-id sales sold subtotal instructions standard
expedited priority business premium free label labels pending-refund pendingrefund pendinglabel
pendingapproval rafs sfp reclaim reimbursed received receive awaiting-seller under-investigation
inbox thread threads conversation conversations attachment attachments previous
purchase image unit price proceeds address phone e-mail email package contents print packing slip
shipment residential commercial name names note notes more less sort filter apply reset menu home
dashboard reports performance account health notifications marketplace marketplaces store
am pm a.m p.m utc gmt bst cet cest met mez mesz est edt cst cdt mst mdt pst pdt akst akdt hst jst aest
aedt acst acdt awst nzst nzdt ist sgt gst ast brt wet west eet eest
mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
september october november december
bis am um uhr antwort antworten erforderlich nachricht nachrichten bestellung bestellnummer käufer
rückgabe rücksendung rücksendungen erstattung erstattet geliefert zugestellt grund status datum
anspruch ansprüche gelöst untersuchung verkäufer einspruch einlegen keine frist ausstehend
abgeschlossen kundenservice unterhaltung anfrage zu genehmigt versand versandt versendet lieferung vom von der die das und oder mit zur
mo di mi do fr sa so januar februar märz mai juni juli oktober dezember
jan. feb. mär. apr. aug. sept. okt. nov. dez.
répondre avant le la les de du des commande numéro acheteur retour retours remboursement remboursé
livré motif statut réclamation réclamations résolu enquête en attente vendeur appel faire jusqu'au
réponse requise nécessaire lun mar mer jeu ven sam dim janv févr mars avr juin juil août sept oct
déc janvier février avril mai juillet septembre octobre novembre décembre
rispondere entro il lo gli ordine numero acquirente reso resi rimborso rimborsato consegnato motivo
stato reclamo reclami risolto indagine attesa venditore ricorso risposta richiesta necessaria
gen mag giu lug ago set ott dic gennaio febbraio marzo aprile maggio giugno luglio agosto settembre
ottobre novembre dicembre lun mer gio sab dom
responder antes pedido número comprador devolución devoluciones reembolso reembolsado entregado
motivo estado reclamación reclamaciones resuelto investigación pendiente vendedor apelar respuesta
necesaria ene abr jun jul ago sept oct dic enero febrero marzo mayo junio julio septiembre octubre
noviembre diciembre lun mié jue vie sáb dom el los las por hasta
`;

/** Whole CJK terms (no spaces between words in ja-JP), matched greedily inside a run. */
const CJK_TERMS = `
年 月 日 時 分 秒 午前 午後 火 水 木 金 土 曜 曜日 注文 注文番号 番号 購入者 出品者 メッセージ 返信 返信期限 期限
要返信 返信が必要 必要 必要です 不要 返信済み 済み 既読 未読 返品 返品リクエスト リクエスト 返金 返金済み 返金済 受領 受領時返金
初回スキャン スキャン 時点 で の を に は が と から まで 理由 ステータス 状態 配達 配達済み 配達済 完了 承認 承認済み 保留 保留中
申請 申立て 申し立て 異議 異議申し立て 調査 調査中 解決 解決済み 出品者の 回答 回答待ち 待ち 以内 までに カスタマーサービス
カスタマー サービス 日付 受信 受信日 件名 詳細 表示 すべて 一覧 検索 配送 出荷 出荷済み 未出荷 日時 請求 請求番号 ID 件
`;

// Built on first use: a snapshot is only taken when a page is not recognised, and building these sets
// at load was 0.7 ms of every overlay bundle's start-up (lap timing of the order bundle's module set-up).
let vocab: { words: Set<string>; cjk: Set<string>; cjkMax: number } | null = null;
function vocabulary(): { words: Set<string>; cjk: Set<string>; cjkMax: number } {
  if (!vocab) {
    const cjk = new Set(CJK_TERMS.split(/\s+/).filter(Boolean));
    vocab = {
      words: new Set(WORDS.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase())),
      cjk,
      cjkMax: Math.max(...Array.from(cjk, (t) => t.length)),
    };
  }
  return vocab;
}
const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+$/u;

function cjkRunKnown(run: string): boolean {
  // Greedy longest-match segmentation into known terms.
  const { cjk, cjkMax } = vocabulary();
  let i = 0;
  while (i < run.length) {
    let len = Math.min(cjkMax, run.length - i);
    while (len > 0 && !cjk.has(run.slice(i, i + len))) len--;
    if (len === 0) return false;
    i += len;
  }
  return true;
}

/** True when every word of the text is Seller Central UI vocabulary (digits and punctuation are shape). */
export function isLabelText(text: string): boolean {
  const known = vocabulary().words;
  const words = text.match(/[\p{L}\p{M}'’.-]+/gu) ?? [];
  for (const raw of words) {
    const word = raw.replace(/^[.'’-]+|[.'’-]+$/g, '').toLowerCase();
    if (!word) continue;
    if (known.has(word) || known.has(`${word}.`)) continue;
    if (CJK_RUN.test(word) && cjkRunKnown(word)) continue;
    // Mixed runs ("12月", "ID") are split into letters-only parts and checked again.
    const parts = word.split(/[.'’-]/).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => known.has(p) || (CJK_RUN.test(p) && cjkRunKnown(p)))) continue;
    return false;
  }
  return true;
}

/** Replaces every digit by 0: dates and ids keep their shape, not their value. */
export function maskDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, '0');
}
