import { handleInjectRequest, isInjectRequest } from '@/utils/inject';

export default defineBackground(() => {
  // Wiring only. The tiny router content script asks for the overlay UI on pages that show something;
  // the UI bundle is injected on demand (architecture.md performance budgets).
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isInjectRequest(message)) return handleInjectRequest(sender);
    return undefined;
  });
});
