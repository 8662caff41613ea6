/**
 * A notice (a bad link, saved data set aside) leaves on its own once it has
 * had time to be read — a few seconds plus a reading pace per word — so it
 * never sits over the meters for the rest of the meeting. The clock waits
 * while the pointer rests on the notice or the focus is in it (someone is
 * reading it, or about to press Dismiss), and starts again after.
 */

/** Milliseconds a notice of `message` stays: 6 s at least, about 200 words a minute beyond. */
export function readingTime(message: string): number {
  const words = message.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(6000, 3000 + words * 300);
}

/** Removes `notice` from the page after it has been read (see above). */
export function leaveWhenRead(notice: HTMLElement, message: string): void {
  let timer = 0;
  let held = 0;
  const start = () => {
    window.clearTimeout(timer);
    if (held === 0) timer = window.setTimeout(() => notice.remove(), readingTime(message));
  };
  const hold = () => {
    held += 1;
    window.clearTimeout(timer);
  };
  const release = () => {
    held = Math.max(0, held - 1);
    start();
  };
  notice.addEventListener('pointerenter', hold);
  notice.addEventListener('pointerleave', release);
  notice.addEventListener('focusin', hold);
  notice.addEventListener('focusout', release);
  start();
}
