/**
 * Whether the page was launched by a learning platform (`?lms=scorm12` or
 * `?lms=scorm2004`, as the packages' manifests launch it). Tiny on purpose:
 * the first screen asks this, and loads the LMS bridge only when it is true.
 */
export function lmsRequested(search: string = window.location.search): boolean {
  return new URLSearchParams(search).has('lms');
}
