// The order-list overlay bundle: injected on demand by the background (components/overlay/host/bundle.ts).
import { defineOverlayBundle } from '@/components/overlay/host/bundle';
import { orderListFeature } from '@/components/overlay/lists/order-list-feature';

export default defineOverlayBundle(orderListFeature);
