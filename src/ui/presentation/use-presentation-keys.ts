import { useEffect } from 'react';
import type { Manifest } from '../../data/schema';
import { presentedProposals, stepPresented } from '../../state/present-order';
import { useAppStore } from '../../state/store';
import { createFullscreenFollow } from './fullscreen-follow';
import { OVERLAPS_KEY, layerKeys } from './layer-keys';

const fullscreenFollow = createFullscreenFollow();

/** Typing in a field must never step slides or toggle layers. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Enters full screen if the browser allows it (needs the user's key press or click). */
export function enterFullscreen(): void {
  if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/**
 * Keyboard for the meeting room: P enters presentation (anywhere but a text field); while
 * presenting, ← / → step through proposals, 1–9 toggle layers, 0 the overlap map, and Escape leaves (as does leaving
 * full screen with the browser's own Escape).
 */
export function usePresentationKeys(manifest: Manifest): void {
  useEffect(() => {
    const keys = layerKeys(manifest);
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const s = useAppStore.getState();
      if (!s.presenting) {
        if (event.key === 'p' || event.key === 'P') {
          if (s.mode.kind === 'draw') return; // mid-drawing, P is not ours
          event.preventDefault();
          startPresenting();
        }
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        stopPresenting();
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        const next = stepPresented(s, s.selectedId, event.key === 'ArrowRight' ? 1 : -1);
        if (next) s.selectProposal(next);
      } else if (event.key === OVERLAPS_KEY) {
        event.preventDefault();
        s.setOverlapsShown(!s.overlapsShown);
      } else {
        const entry = keys.find((k) => k.key === event.key);
        if (!entry) return;
        event.preventDefault();
        s.setLayerVisible(entry.layer, !s.layerVisibility[entry.layer]);
      }
    };
    const onFullscreen = () => {
      const s = useAppStore.getState();
      if (fullscreenFollow.changed(document.fullscreenElement !== null, s.presenting)) s.setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [manifest]);
}

/**
 * Browse mode, a shown proposal selected (the first if the selected one is not shown: hidden, or
 * not among the compared ones while comparing), full screen, presentation on.
 */
export function startPresenting(): void {
  const s = useAppStore.getState();
  s.setMode({ kind: 'browse' });
  if (!presentedProposals(s).some((p) => p.id === s.selectedId)) {
    const first = stepPresented(s, null, 1);
    if (first) s.selectProposal(first);
  }
  fullscreenFollow.started();
  s.setPresenting(true);
  enterFullscreen();
}

export function stopPresenting(): void {
  useAppStore.getState().setPresenting(false);
  exitFullscreen();
}
