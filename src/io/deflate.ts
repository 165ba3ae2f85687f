/**
 * Raw DEFLATE (RFC 1951) for share links, synchronous via fflate. Not the platform's
 * CompressionStream: its stream steps each wait for a task on the main thread, so on a phone busy
 * starting up, decoding a share link took seconds (measured 3.1 s under a ×4 CPU throttle) where
 * fflate takes a millisecond. Same format either way, so links made by either decode with both.
 */
import { deflateSync, inflateSync } from 'fflate';

export const deflateRaw = (bytes: Uint8Array): Promise<Uint8Array> => Promise.resolve(deflateSync(bytes, { level: 9 }));
export const inflateRaw = (bytes: Uint8Array): Promise<Uint8Array> => {
  try {
    return Promise.resolve(inflateSync(bytes));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};
