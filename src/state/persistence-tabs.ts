/**
 * Tabs of this app in one browser share one IndexedDB record, so each tab's save would overwrite
 * the other's work. Tabs tell each other (BroadcastChannel) when they are open and when they have
 * saved, so a tab can warn the user and pick up the other tab's saved work before saving over it.
 */
import { newId } from './new-id';

const CHANNEL = 'london-district-mapper:tabs';

type TabMessage = { type: 'hello' | 'here' | 'saved'; from: string };

export interface TabHandlers {
  /** Called once, the first time another open tab is noticed. */
  onOtherTab: () => void;
  /** Another tab has just written its proposals to IndexedDB. */
  onOtherTabSaved: () => void;
}

export interface TabLink {
  announceSaved: () => void;
  close: () => void;
}

export function linkTabs(handlers: TabHandlers): TabLink {
  if (typeof BroadcastChannel === 'undefined') return { announceSaved: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  const me = newId();
  let seen = false;
  let open = true;
  const post = (type: TabMessage['type']) => {
    if (open) channel.postMessage({ type, from: me } satisfies TabMessage);
  };
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const { type, from } = event.data;
    if (from === me) return;
    if (!seen) {
      seen = true;
      handlers.onOtherTab();
    }
    if (type === 'hello') post('here');
    if (type === 'saved') handlers.onOtherTabSaved();
  };
  post('hello');
  return {
    announceSaved: () => post('saved'),
    close: () => {
      open = false;
      channel.close();
    },
  };
}
