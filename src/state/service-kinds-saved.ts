/**
 * The service kinds the user has hidden on the map, kept in localStorage so the choice survives a
 * reload. Read synchronously at start-up, so the map's first paint already honours it.
 */
import { isServiceType, type ServiceType } from '../data/schema';

const KEY = 'ldm:hidden-service-kinds';

export function readHiddenServiceKinds(): ServiceType[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isServiceType) : [];
  } catch {
    return []; // unreadable or no storage: show every kind
  }
}

export function writeHiddenServiceKinds(kinds: readonly ServiceType[]): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(kinds));
  } catch {
    // Storage full or blocked: the filter still works for this session.
  }
}
