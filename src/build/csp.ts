/**
 * The Content-Security-Policy of the built page, and the other security
 * headers the Node server sends with it. The page's only inline code is what
 * opening-plugin.ts inlines (the stylesheet and the boot script), so both are
 * allowed by their SHA-256 hashes, computed at build time: no 'unsafe-inline'
 * and no 'unsafe-eval' anywhere. The policy travels in a <meta> element, so it
 * holds on a static host or an LMS too; `frame-ancestors` is ignored (and
 * warned about) in a <meta>, so only the server's header carries it.
 */
import { createHash } from 'node:crypto';

/** A CSP source that allows exactly this inline text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface InlineCode {
  /** The text of each inline <script> that runs (data blocks need no hash). */
  scripts: readonly string[];
  /** The text of each inline <style>. */
  styles: readonly string[];
}

/** The policy for the page, as the value of a header or a <meta http-equiv>. */
export function contentSecurityPolicy(inline: InlineCode): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...inline.scripts.map(sha256Source)],
    'style-src': ["'self'", ...inline.styles.map(sha256Source)],
    // Phaser's default textures and the favicon are data: URIs.
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'"],
    'font-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The headers the server sends with every page: the page's own policy plus
 * `frame-ancestors` (who may embed the game: 'none' by default, or the LMS's
 * origins), and the usual hardening.
 */
export function securityHeaders(
  pagePolicy: string,
  frameAncestors = "'none'",
): Record<string, string> {
  return {
    'Content-Security-Policy': `${pagePolicy}; frame-ancestors ${frameAncestors}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), fullscreen=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The policy a built index.html carries in its <meta>, for the server to send as a header. */
export function policyOfPage(html: string): string | undefined {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  return match?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
