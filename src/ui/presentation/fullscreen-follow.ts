/**
 * Leaving full screen (the browser's own Escape) also leaves presentation, but only full screen
 * that this presentation entered. Leaving full screen is asynchronous: after Escape then P, the
 * old exit's `fullscreenchange` can arrive once the new presentation has begun (CI saw it under
 * load), and must not end it.
 */
export interface FullscreenFollow {
  /** A presentation starts: full screen seen so far belongs to an earlier one. */
  started(): void;
  /** On `fullscreenchange`: true when the presentation should end. */
  changed(isFullscreen: boolean, presenting: boolean): boolean;
}

export function createFullscreenFollow(): FullscreenFollow {
  let enteredForThisPresentation = false;
  return {
    started() {
      enteredForThisPresentation = false;
    },
    changed(isFullscreen, presenting) {
      if (isFullscreen) {
        enteredForThisPresentation = presenting;
        return false;
      }
      const leave = presenting && enteredForThisPresentation;
      enteredForThisPresentation = false;
      return leave;
    },
  };
}
