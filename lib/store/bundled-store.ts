import storeJson from '../../generated/fact-store.json';
import type { FactStore } from '../shared/store-schema';

/**
 * The fact store bundled with the extension, as written by `npm run build:store` (which
 * validated it). Imported only by the background and Node tools, never by the content script.
 */
export const bundledStore = storeJson as unknown as FactStore;
