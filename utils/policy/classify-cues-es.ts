/** Spanish cues for classifyContact (see classify-cue-types.ts for the conventions; ó → o, ñ → n). */
import { cues, type CueRow } from './classify-cue-types';

const ROWS: readonly CueRow[] = [
  ['refund', 2, /\breembols\w*|\b(devolucion|devuelvan|devolver|devolverme) (del|el|mi) dinero\b|\bmi dinero\b|\babono\b/],
  ['return-sent', 3, /\b(ya )?(he|hemos)( ya)? (devuelto|enviado de vuelta|enviado|mandado|entregado|reenviado)\b|\blo (devolvi|envie|mande)\b|\bdevolvi\b/],
  ['return-sent', 3, /\b(devolucion|paquete de devolucion|articulo devuelto)\b.{0,30}\b(fue|ha sido|esta|ya)\b.{0,15}\b(entregad[oa]|recibid[oa])\b/],
  ['return-sent', 3, /\b(mande|envie|devolvi|he mandado|he enviado)\b.{0,30}\bde vuelta\b|\b(recibieron|han recibido|recibio)\b.{0,20}\b(mi|la) devolucion\b/],
  ['return-sent', 2, /\b(ya (lo )?(devolvi|he devuelto))\b|\b(usted|ustedes) (ya )?(ha|han) recibido (la devolucion|el paquete|el articulo)\b/],
  ['refund-status', 3, /\bcuando\b.{0,50}\b(reembols\w*|mi dinero)\b|\b(donde esta|estado de) (mi|el) reembolso\b/],
  ['refund-status', 3, /\b(todavia|aun|sigo sin|no he recibido|ningun)\b.{0,40}\b(reembols\w*|dinero)\b|\breembols\w*.{0,40}\b(todavia|aun) no\b/],
  ['refund-status', 2, /\bespera(ndo)?\b.{0,20}\b(reembols\w*|dinero)\b/],
  // menos reembolsado de lo esperado (issue 16)
  ['refund-short', 3, /\breembolso parcial de\b|\bsolo me (han )?(devuelto|reembolsado|abonado)\b|\bme (han )?(devuelto|reembolsado|abonado) solo\b|\bdescontad[oa]s?\b|\bno (el importe|la cantidad) (completo|total|completa)\b|\ben lugar de\b.{0,20}\b(devuel|reembols)\w*/],
  ['product', 3, /\bcompatib\w*|\b(medidas|dimensiones|ficha tecnica|especificaciones)\b/],
  ['product', 3, /\b(funciona|sirve|vale) (con|para)\b|\bcomo (se )?(usa|utiliza|instala|monta|limpia|carga|configura|conecta|ajusta|lava)\b|\b(instrucciones|manual)\b/],
  ['product', 2, /\b(que|cual) (talla|tamano|color|voltaje|potencia|material|version|modelo|capacidad)\b|\btalla\b|\btamano\b|\bmaterial\b|\bimpermeable\b|\bincluye\b|\bviene con\b|\b(voltios|vatios|pulgadas|bluetooth|usb)\b/],
  ['product-hint', 1, /\b(bateria|garantia|color|cargador|cable|modelo)\b/],
  ['question-form', 1, /\u00bf|\bse puede\b|\bcuanto\b|\bcual(es)?\b|\bpregunta\b/],
  ['pre-order', 3, /\bantes de (comprar|pedir|hacer el pedido)\b|\b(en stock|hay stock|reponer|reposicion)\b|\btienen (disponible|stock)\b/],
  ['pre-order', 2, /\bdisponib\w*/],
  ['pre-order', 3, /\b(venden|vendeis) (tambien|ustedes|por separado)\b|\bse vende (por separado|suelto)\b/],
  ['return-window', 3, /\b(plazo|politica|etiqueta|direccion|condiciones) de devolucion\b|\bdesistimiento\b/],
  ['return-window', 3, /\bcomo (puedo )?devolver\b|(?<!\bno )\b(quiero|quisiera|puedo|me gustaria|podria|se puede)\b.{0,15}\bdevolver\w*/],
  ['return-window', 3, /\bes posible devolver\w*|\bse (pueden|puede) devolver\b|\bplazo (extra|adicional|mas largo) para devolver\w*/],
  ['review', 3, /\b(resena|opinion|valoracion|estrellas)\w*/],
  ['cancel', 3, /\bcancel\w*|\banular\w*/],
  ['address', 3, /\b(cambiar|modificar|equivocada|corregir|incorrecta)\b.{0,20}\bdireccion\b|\bdireccion\b.{0,20}\b(equivocada|incorrecta)\b|\bdireccion de (envio|entrega)\b|\bme he mudado\b/],
  ['shipping-speed', 3, /\b(envio urgente|mas rapido|express|acelerar|envio rapido)\b/],
  ['late-or-missing', 3, /\b(no|nunca|todavia no|aun no)\b.{0,10}\b(ha llegado|llego|me ha llegado|han entregado)\b|\bno he recibido (el|mi) (pedido|paquete|articulo)\b/],
  ['late-or-missing', 3, /\b(retraso|retrasad\w*|perdid\w*|extraviad\w*)\b|\bdonde esta mi (pedido|paquete)\b|\bsin seguimiento\b/],
  ['damaged', 3, /\b(danad\w*|roto|rota|rotos|rotas|golpeado|rayad\w*|aplastad\w*|agrietad\w*|abollad\w*)\b/],
  ['damaged', 3, /\b(partid[oa]s?|doblad[oa]s?|rajad[oa]s?|resquebrajad\w*|desgarrad\w*|astillad\w*|rompi\w*)\b|\ben pedazos\b/],
  ['defective', 3, /\bdefectuos\w*|\bno funciona\b|\bno enciende\b|\bno carga\b|\bdejo de funcionar\b|\baveriad\w*/],
  ['wrong-item', 3, /\b(articulo|producto|talla|color|modelo) (equivocad[oa]|incorrect[oa]|erroneo|distinto)\b|\bno es (lo|el) que (pedi|compre)\b/],
  ['missing-parts', 3, /\bfalta(n)?\b|\bincomplet\w*|\bcaja vacia\b|\bsolo (dos|tres|uno|una|\d+) de (los|las)\b/],
  ['repair', 3, /\brepar\w*/],
  ['exchange', 3, /\b(cambio|cambiarlo|cambiarla|sustitu\w*|reemplaz\w*)\b/],
  ['returnless-refund', 3, /\bquedarme(lo|la)?\b|\breembolso parcial\b|\bsin devolver\b/],
  ['no-longer-needed', 3, /\bya no (lo |la )?necesito\b|\bpor error\b|\bcambiado de opinion\b/],
];

/** Spanish cue list. */
export const ES_CUES = cues(ROWS);
