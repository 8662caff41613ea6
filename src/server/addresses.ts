/**
 * Which address phones should open. Bound to every interface (HOST=0.0.0.0),
 * the server picks this machine's LAN address, so the QR code on the
 * projector works from the room's Wi-Fi even when the facilitator's browser
 * opened localhost.
 */
import { networkInterfaces } from 'node:os';

const WILDCARDS = new Set(['0.0.0.0', '::', '']);
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;

/** The first non-internal IPv4 address of this machine, if it has one. */
export function lanAddress(): string | undefined {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) return entry.address;
    }
  }
  return undefined;
}

/** A function from a request's Host header to the base of join addresses. */
export function joinBaseFor(host: string, port: number, publicUrl?: string) {
  const lan = WILDCARDS.has(host) ? lanAddress() : undefined;
  return (requestHost: string | undefined): string => {
    if (publicUrl) return publicUrl;
    if (lan && (!requestHost || LOOPBACK.test(requestHost))) return `http://${lan}:${port}`;
    return `http://${requestHost ?? `${host}:${port}`}`;
  };
}

/** The address to print for people at this machine and, on a LAN, for phones. */
export function printedAddresses(host: string, port: number): { local: string; lan?: string } {
  const local = `http://${WILDCARDS.has(host) ? 'localhost' : host}:${port}/`;
  const lan = WILDCARDS.has(host) ? lanAddress() : undefined;
  return lan ? { local, lan: `http://${lan}:${port}/` } : { local };
}
