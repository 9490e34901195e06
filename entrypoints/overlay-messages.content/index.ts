// The messages overlay bundle: injected on demand by the background (components/overlay/host/bundle.ts).
import { defineOverlayBundle } from '@/components/overlay/host/bundle';
import { messagesFeature } from '@/components/overlay/lists/messages-feature';

export default defineOverlayBundle(messagesFeature);
