/**
 * Start-up signal shared by the state and map layers: `proposalsSettled` resolves once saved work
 * has been restored and any share link in the address opened (src/state/start-services.ts), so the
 * map knows whether the first view includes proposals it must draw before loading heavy layers.
 */
let settle: () => void = () => undefined;

export const proposalsSettled: Promise<void> = new Promise((resolve) => {
  settle = resolve;
});

export function settleProposals(): void {
  settle();
}
