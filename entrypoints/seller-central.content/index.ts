import { SELLER_CENTRAL_MATCHES } from '@/utils/marketplaces';
import { detectPage } from '@/utils/pages/detect';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_end',
  main() {
    detectPage(location.href);
  },
});
