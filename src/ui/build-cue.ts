import type { BuildHoverCue } from '../state/build-slice';
import type { Layout } from './use-layout';

/** In build mode, what a click (or tap) on the unit under the pointer would do, in words: colour is not the only cue. */
export function buildCueText(cue: BuildHoverCue, layout: Layout): string {
  return `${layout === 'phone' ? 'Tap' : 'Click'} to ${cue.action} ${cue.name}`;
}
