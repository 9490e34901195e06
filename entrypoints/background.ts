import { handleInjectRequest, isInjectRequest } from '@/utils/inject';
import { createQueueService } from '@/utils/actions/service';

export default defineBackground(() => {
  // Wiring only (architecture.md): the queue service in utils/actions is the single writer of the
  // action queue; this file connects browser events to it. Listeners are registered synchronously at
  // start-up so an MV3 worker woken by a message, alarm or click handles it.
  const queue = createQueueService();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The tiny router asks for the overlay UI on pages that show something; injected on demand.
    if (isInjectRequest(message)) return handleInjectRequest(sender);
    return queue.handleMessage(message, sender);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    void queue.onAlarm(alarm.name);
  });
  // Optional permission: the API exists only once the seller turned reminders on.
  browser.notifications?.onClicked.addListener((id) => {
    void queue.onNotificationClicked(id);
  });
  browser.permissions?.onAdded?.addListener(() => {
    // Reminders just became possible: re-arm so they are scheduled without waiting for a change.
    void queue.onAlarm('sfp:next');
  });
  void queue.start();
});
