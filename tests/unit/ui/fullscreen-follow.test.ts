import { describe, expect, it } from 'vitest';
import { createFullscreenFollow } from '../../../src/ui/presentation/fullscreen-follow';

describe('presentation follows full screen', () => {
  it('ends when the full screen it entered is left', () => {
    const follow = createFullscreenFollow();
    follow.started();
    expect(follow.changed(true, true)).toBe(false);
    expect(follow.changed(false, true)).toBe(true);
  });

  it('is not ended by a late exit from the previous presentation (Escape, then P at once)', () => {
    const follow = createFullscreenFollow();
    follow.started();
    follow.changed(true, true);
    // Escape: presentation off, exit requested; P: a new presentation starts before the exit lands.
    follow.started();
    expect(follow.changed(false, true)).toBe(false);
    // The new presentation's own full screen, then leaving it, ends it.
    expect(follow.changed(true, true)).toBe(false);
    expect(follow.changed(false, true)).toBe(true);
  });

  it('does nothing when not presenting', () => {
    const follow = createFullscreenFollow();
    expect(follow.changed(true, false)).toBe(false);
    expect(follow.changed(false, false)).toBe(false);
  });
});
