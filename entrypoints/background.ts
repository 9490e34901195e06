import { handleInjectRequest, isInjectRequest } from '@/utils/inject';
import { isOverlayErrorReport } from '@/components/overlay/services';
import { createQueueService } from '@/utils/actions/service';
import { settingsItem } from '@/utils/storage';
import { isTableRequest, handleTableRequest, keepOverlayTable } from '@/utils/i18n/table-request';
import '@/utils/i18n/english-extension';
import { setTranslator } from '@/utils/i18n/active';
import { resolveLanguage, type LanguageChoice, type UiLanguage } from '@/utils/i18n/languages';
import { browserLanguage, extensionTranslator } from '@/utils/i18n/load';

export default defineBackground(() => {
  // Wiring only (architecture.md): the queue service in utils/actions is the single writer of the
  // action queue; this file connects browser events to it. Listeners are registered synchronously at
  // start-up so an MV3 worker woken by a message, alarm or click handles it.
  const queue = createQueueService();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The tiny router asks for the overlay UI on pages that show something; injected on demand.
    if (isInjectRequest(message)) return handleInjectRequest(sender, message);
    // An overlay whose language is not the browser's asks for that language's table (utils/i18n/load.ts).
    if (isTableRequest(message)) return handleTableRequest(message);
    // Overlay errors are logged here, in the extension's console, never in the page's.
    if (isOverlayErrorReport(message)) return void console.warn(`[SFP Guide overlay] ${message.where}: ${message.message}`, message.stack ?? '');
    return queue.handleMessage(message, sender);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    void queue.onAlarm(alarm.name);
  });
  // Optional permission: the notifications API exists only once the seller turned reminders on.
  let listeningToClicks = false;
  const listenToClicks = () => {
    if (listeningToClicks || !browser.notifications) return;
    browser.notifications.onClicked.addListener((id) => void queue.onNotificationClicked(id));
    listeningToClicks = true;
  };
  listenToClicks();
  browser.permissions?.onAdded?.addListener(() => {
    // Reminders just became possible: listen to clicks and re-arm without waiting for a change.
    listenToClicks();
    void queue.onAlarm('sfp:next');
  });
  // Language changes one after the other (a later choice must not be overtaken by an earlier one's table).
  let languageWork: Promise<unknown> = Promise.resolve();
  const followLanguage = (choice: () => Promise<LanguageChoice | undefined>) =>
    (languageWork = languageWork.then(async () => applyLanguage(await choice())).catch((error: unknown) => {
      console.warn('[SFP Guide] language', error);
      return 'en' as const;
    }));
  settingsItem.watch((next, prev) => {
    const calendars = JSON.stringify(next?.calendars) !== JSON.stringify(prev?.calendars);
    // Badge title and reminders in the newly chosen language (then one recompute covers both changes).
    if (next?.language !== prev?.language) void followLanguage(async () => next?.language).then(() => queue.recompute());
    // A changed calendar (time zone, weekend, holidays) moves the deadlines of open actions.
    else if (calendars) void queue.recompute();
  });
  // The queue starts once the seller's language is set (its commit titles the badge and words the reminders), so a
  // worker that wakes in another language commits once, not twice.
  void followLanguage(() => settingsItem.getValue().then((s) => s.language, () => 'browser' as const)).then(() => queue.start());
});

/** The background's texts (badge title, reminders) in the seller's language, and the overlay's copy of its table. */
async function applyLanguage(choice: LanguageChoice | undefined): Promise<UiLanguage> {
  const lang = resolveLanguage(choice ?? 'browser', browserLanguage());
  setTranslator(await extensionTranslator(lang));
  // The overlay's copy of a chosen language's table, so that it need not wake this worker to render.
  await keepOverlayTable(lang, browserLanguage()).catch((error: unknown) => console.warn('[SFP Guide] language table', error));
  return lang;
}
