// The order-details overlay bundle: injected on demand by the background (components/overlay/host/bundle.ts).
import { defineOverlayBundle } from '@/components/overlay/host/bundle';
import { orderDetailsFeature } from '@/components/overlay/order-details/feature';

export default defineOverlayBundle(orderDetailsFeature);
