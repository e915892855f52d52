import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/**
 * Where feedback waits while it cannot be sent: IndexedDB (idb-keyval), or `localStorage`
 * where IndexedDB is unavailable. Each item is keyed by its idempotency key, so a retry sends
 * the very same submission and the server can count it once.
 */
export interface OutboxItem {
  key: string;
  endpoint: string;
  body: unknown;
  tries: number;
}

const localKey = 'qulay:feedback-outbox:v1';

interface Outbox {
  put(item: OutboxItem): Promise<void>;
  remove(key: string): Promise<void>;
  all(): Promise<OutboxItem[]>;
}

function localOutbox(): Outbox {
  const read = (): Record<string, OutboxItem> => {
    try {
      const parsed = JSON.parse(localStorage.getItem(localKey) ?? '{}');
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch {
      return {};
    }
  };
  const write = (items: Record<string, OutboxItem>) => localStorage.setItem(localKey, JSON.stringify(items));
  return {
    async put(item) {
      write({ ...read(), [item.key]: item });
    },
    async remove(key) {
      const items = read();
      delete items[key];
      write(items);
    },
    async all() {
      return Object.values(read());
    },
  };
}

function indexedDbOutbox(store: UseStore): Outbox {
  return {
    put: (item) => set(item.key, item, store),
    remove: (key) => del(key, store),
    all: async () => (await entries<string, OutboxItem>(store)).map(([, item]) => item),
  };
}

let outbox: Promise<Outbox> | undefined;

/** The page's outbox: IndexedDB when it works here, else localStorage. */
export function getOutbox(): Promise<Outbox> {
  outbox ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      const store = createStore('qulay-feedback', 'outbox');
      await entries(store);
      return indexedDbOutbox(store);
    } catch {
      return localOutbox();
    }
  })();
  return outbox;
}
