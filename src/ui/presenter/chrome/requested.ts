/**
 * Whether the address opens this window in presenter mode: `?mode=present`
 * (the projector) or `?view=presenter` (the facilitator's second window).
 * Tiny on purpose: the inline boot script and the start-up ask it before
 * presenter mode itself has loaded.
 */
export function presenterRequested(search: string = window.location.search): boolean {
  const params = new URLSearchParams(search);
  return params.get('view') === 'presenter' || params.get('mode') === 'present';
}
