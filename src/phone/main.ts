/**
 * The participant's page (phone.html): join a live room by its code (typed,
 * or from the QR link's ?room=CODE), optionally with a nickname, then follow
 * the meeting. No Phaser, no game code: only the protocol and Socket.IO.
 */
import { normaliseRoomCode } from '../live/codes.ts';
import { MAX_NICKNAME } from '../live/limits.ts';
import type { Link } from './link.ts';

/**
 * Socket.IO and the schemas (most of the page's JavaScript) load after the
 * form is ready, so a throttled phone can type its code while they arrive.
 */
const loadRoom = () => Promise.all([import('./link.ts'), import('./view.ts')]);

const NICKNAME_KEY = 'make-the-call.live.nickname';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`phone.html has no #${id}`);
  return node as T;
}

function remembered(): string {
  try {
    return localStorage.getItem(NICKNAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function remember(nickname: string): void {
  try {
    localStorage.setItem(NICKNAME_KEY, nickname);
  } catch {
    // Without storage the phone asks again next time; nothing else changes.
  }
}

function start(): void {
  const form = byId<HTMLFormElement>('join');
  const codeInput = byId<HTMLInputElement>('code');
  const nicknameInput = byId<HTMLInputElement>('nickname');
  const notice = byId<HTMLElement>('notice');
  const screen = byId<HTMLElement>('screen');
  const status = byId<HTMLElement>('status');
  nicknameInput.maxLength = MAX_NICKNAME;
  nicknameInput.value = remembered();
  const fromLink = new URLSearchParams(location.search).get('room') ?? '';
  if (fromLink) codeInput.value = fromLink.toUpperCase();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = normaliseRoomCode(codeInput.value);
    if (!code) {
      notice.textContent = 'A room code is 6 letters and digits, as shown on the screen.';
      codeInput.focus();
      return;
    }
    const nickname = nicknameInput.value.trim().slice(0, MAX_NICKNAME);
    remember(nickname);
    form.hidden = true;
    document.title = `Room ${code} — Make the Call`;
    status.textContent = 'Connecting…';
    const loaded = await loadRoom().catch(() => undefined);
    if (!loaded) {
      form.hidden = false;
      status.textContent = '';
      notice.textContent = 'The page could not load the room: check the connection and join again.';
      return;
    }
    const [{ openLink }, { phoneRenderer }] = loaded;
    // The renderer asks for the link only when it draws, which is after openLink returned.
    const render = phoneRenderer(screen, status, notice, () => link);
    let link: Link;
    try {
      link = openLink(code, nickname, (state) => {
        // A room that is not there (mistyped, expired, full): back to the form, with the reason.
        if (state.gone && !state.view) {
          link.close();
          form.hidden = false;
          screen.replaceChildren();
          status.textContent = '';
          notice.textContent = state.notice ?? '';
          codeInput.focus();
          return;
        }
        render(state);
      });
    } catch {
      // A browser without WebSocket (very old, or locked down) cannot take part.
      form.hidden = false;
      status.textContent = '';
      notice.textContent = 'This browser cannot join live rooms: try another browser.';
      return;
    }
    history.replaceState(null, '', `?room=${code}`);
  });
  document.documentElement.dataset.ready = 'true';
  void loadRoom();
}

start();
