// The returns overlay bundle: injected on demand by the background (components/overlay/host/bundle.ts).
import { defineOverlayBundle } from '@/components/overlay/host/bundle';
import { returnsFeature } from '@/components/overlay/lists/returns-feature';

export default defineOverlayBundle(returnsFeature);
