// The safet overlay bundle: injected on demand by the background (components/overlay/host/bundle.ts).
import { defineOverlayBundle } from '@/components/overlay/host/bundle';
import { safetFeature } from '@/components/overlay/lists/safet-feature';

export default defineOverlayBundle(safetFeature);
