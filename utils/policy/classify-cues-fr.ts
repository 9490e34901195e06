/** French cues for classifyContact (see classify-cue-types.ts for the conventions; é → e, ç → c). */
import { cues, type CueRow } from './classify-cue-types';

const ROWS: readonly CueRow[] = [
  ['refund', 2, /\brembours\w*/],
  ['refund', 1, /\bmon argent\b|\bmes sous\b/],
  ['return-sent', 3, /\b(j'ai|j ai|nous avons|on a)( deja| bien)? (renvoye|retourne|reexpedie|expedie|depose|rendu|envoye)\w*\b/],
  ['return-sent', 3, /\b(retour|colis de retour|article retourne)\b.{0,30}\b(a ete|est|a bien ete)( bien)? (livre|recu|arrive|receptionne)\w*/],
  ['return-sent', 3, /\b(poste|envoye|depose|expedie|renvoye) (le|mon) colis( de)? retour\b/],
  ['return-sent', 2, /\bdeja (renvoye|retourne)\w*|\bvous (avez|devez avoir)( bien)? recu (mon|le) (retour|colis)\b/],
  ['refund-status', 3, /\bquand\b.{0,50}\brembours\w*|\bou en est\b.{0,30}\brembours\w*|\bstatut de mon remboursement\b/],
  ['refund-status', 3, /\b(toujours pas|pas encore|toujours rien|aucun|jamais)\b.{0,40}\brembours\w*|\brembours\w*.{0,40}\b(toujours pas|pas encore)\b/],
  ['refund-status', 2, /\bj'attends\b.{0,30}\b(rembours\w*|argent)\b|\ben attente (de|du) (mon )?rembours\w*/],
  // moins remboursé que prévu (issue 16)
  ['refund-short', 3, /\bremboursement partiel (de|pour)\b|\bpartiellement rembourse\w*|\b(seulement|uniquement)\b.{0,25}\brembours\w*|\brembourse\w* (que|seulement|uniquement)\b|\bdeduit\w*|\bretenue\b|\bpas (la totalite|le montant total|integralement)\b|\bau lieu de\b.{0,20}\brembours\w*/],
  ['product', 3, /\bcompatib\w*|\bdimensions?\b|\bfiche technique\b|\bcaracteristiques\b/],
  ['product', 3, /\best-ce (que|qu')\b.{0,40}\b(fonctionne|convient|marche|compatible|inclus|fourni|s'adapte|va)\b|\b(fonctionne|marche)-t-(il|elle)\b|\bconvient-il\b|\bva-t-il\b/],
  ['product', 3, /\bcomment (utiliser|installer|monter|nettoyer|charger|regler|connecter|appairer|laver|fixer|on utilise|on installe)\b|\bmode d'emploi\b|\bnotice\b|\bmanuel\b/],
  ['product', 2, /\b(quelle|quel|quelles|quels) (taille|couleur|tension|puissance|matiere|version|modele|longueur|capacite)\b|\bmatiere\b|\bmateriau\b|\betanche\b|\bpasse au lave-vaisselle\b|\bfonctionne avec\b|\bcompatible avec\b|\b(volts?|watts?|pouces?|bluetooth|usb)\b/],
  ['product-hint', 1, /\b(batterie|garantie|taille|couleur|chargeur|cable|modele)\b/],
  ['product', 2, /\b(epaisseur|poids|hauteur|largeur|longueur|contenance)\b/],
  ['question-form', 1, /\best-ce (que|qu')|-t-(il|elle|on)\b|\b\w+-(il|elle|on|vous)\b|\bquel(le)?s? (est|sont)\b|\bcombien\b|\bquestion\b/],
  ['pre-order', 3, /\bavant (d'acheter|de commander|l'achat|de passer commande)\b|\b(en stock|de nouveau disponible|reapprovision\w*)\b|\bavez-vous\b/],
  ['pre-order', 2, /\bdisponib\w*/],
  ['pre-order', 3, /\bvendez-vous\b|\b(vendu|vendue|vendus|vendues) (separement|a l'unite|par vous)\b/],
  ['product', 3, /\bpuis-je utiliser\b|\blavable\b|\bconvient (aux|a|pour)\b/],
  ['return-window', 3, /\b(delai|politique|etiquette|adresse|conditions|bordereau) de retour\b|\bretractation\b/],
  ['return-window', 3, /\bcomment (retourner|renvoyer|faire un retour|rendre)\b|\b(je (voudrais|veux|souhaite|souhaiterais|peux)|puis-je|est-ce que je peux)\b.{0,20}\b(retourner|renvoyer|rendre|faire un retour)\b/],
  ['return-window', 3, /\bpeut-on (retourner|renvoyer|rendre)\b|\best-il possible de (retourner|renvoyer|rendre)\b|\bdelai (supplementaire|de plus) pour (retourner|renvoyer|rendre)\b/],
  ['review', 3, /\b(laisser|ecrire|donner|modifier|supprimer|mettre) (un |mon |une )?(avis|commentaire|evaluation|note)\b|\bavis\b|\betoiles\b/],
  ['cancel', 3, /\bannul\w*/],
  ['address', 3, /\b(changer|modifier|corriger|mauvaise)\b.{0,20}\badresse\b|\badresse de livraison\b|\bautre adresse\b|\bpoint relais\b|\bdemenage\w*/],
  ['shipping-speed', 3, /\b(express|plus rapide|plus vite|accelerer|livraison rapide)\b/],
  ['late-or-missing', 3, /\b(colis|commande|article|paquet|livraison)\b.{0,40}\b(pas|jamais)\b.{0,25}\b(recu|arrive|livre)\w*|\b(pas|jamais) (encore )?(recu|eu) (ma commande|mon colis|le colis|l'article|mon article|mon paquet|la commande)\b/],
  ['late-or-missing', 3, /\b(en retard|retard|perdu|egare)\w*|\bou est (mon colis|ma commande|mon paquet)\b|\bn'est (toujours )?pas (encore )?(arrive|livre)\w*|\bpas de suivi\b|\bn'ai (toujours|encore) rien\b/],
  ['damaged', 3, /\b(endommage|casse|abime|brise|fissure|raye|ecrase|fuit|dechire|tordu)\w*/],
  ['damaged', 3, /\b(fendu|eventre|plie|cabosse|ebreche|fele|craquele)\w*|\ben morceaux\b/],
  ['defective', 3, /\bdefectueu\w*|\bne (fonctionne|marche) (pas|plus)\b|\ben panne\b|\bne s'allume (pas|plus)\b|\bne charge (pas|plus)\b|\bne demarre pas\b/],
  ['wrong-item', 3, /\b(mauvais|mauvaise) (article|produit|taille|couleur|modele|piece)\b|\bpas (ce que|celui que|celle que) j'ai commande\b|\bautre (article|produit) que\b|\bpas (celui|celle) (de la photo|de l'annonce|decrit)\b|\bnon conforme\b/],
  ['missing-parts', 3, /\bmanqu\w*|\bincomplet\w*|\b(carton|colis|boite) vide\b/],
  ['repair', 3, /\brepar\w*/],
  ['exchange', 3, /\b(echange\w*|echanger|remplacement|remplacer)\b/],
  ['returnless-refund', 3, /\bgarder (l'article|le produit|l'objet)\b|\ble garder\b|\bremboursement partiel\b|\bsans (le )?renvoyer\b/],
  ['no-longer-needed', 3, /\bplus besoin\b|\bcommande par erreur\b|\bchange d'avis\b/],
];

/** French cue list. */
export const FR_CUES = cues(ROWS);
