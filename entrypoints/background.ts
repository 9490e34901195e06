import { handleInjectRequest, isInjectRequest } from '@/utils/inject';
import { isOverlayErrorReport } from '@/components/overlay/services';
import { createQueueService } from '@/utils/actions/service';
import { settingsItem } from '@/utils/storage';

export default defineBackground(() => {
  // Wiring only (architecture.md): the queue service in utils/actions is the single writer of the
  // action queue; this file connects browser events to it. Listeners are registered synchronously at
  // start-up so an MV3 worker woken by a message, alarm or click handles it.
  const queue = createQueueService();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The tiny router asks for the overlay UI on pages that show something; injected on demand.
    if (isInjectRequest(message)) return handleInjectRequest(sender, message);
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
  // A changed calendar (time zone, weekend, holidays) moves the deadlines of open actions.
  settingsItem.watch((next, prev) => {
    if (JSON.stringify(next?.calendars) !== JSON.stringify(prev?.calendars)) void queue.recompute();
  });
  void queue.start();
});
