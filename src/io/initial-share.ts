/**
 * The share link in the address when the page opened, decoded once at start-up (module load, before
 * the address is tidied). The map frames the link's proposals from its first data frame, so MapLibre
 * cuts the borough tiles once, at the final zoom, instead of for all of London and then again for
 * the proposal; opening the link (open-share-link.ts) reuses the same decoding.
 */
import { decodeShareToken, tokenFromHash, type DecodedShare } from './share-link';

export const initialShareToken: string | null = typeof window === 'undefined' ? null : tokenFromHash(window.location.hash);

/** The decoded link, or null when the page opened without one. Rejects as decodeShareToken does. */
export const initialShare: Promise<DecodedShare> | null = initialShareToken === null ? null : decodeShareToken(initialShareToken);
