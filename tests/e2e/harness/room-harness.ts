/**
 * A throwaway page that mounts only the Phaser meeting room, for looking at
 * it in a browser and for screenshots. Query parameters:
 * scenario, renderer=canvas, reduced=1, scores=0, speaker=<id|pm>,
 * choose=1,2 (option numbers to pick after mounting), cast=<n>, city=<name>,
 * audio=1 (load the audio director too), awake=1 (keep the loop running, the baseline for the idle-CPU measurement).
 */
import fintech from '../../../scenarios/fintech-sync.yaml?raw';
import hyderabad from '../../../scenarios/hyderabad-flash-sale.yaml?raw';
import mumbai from '../../../scenarios/mumbai-saas-priorities.yaml?raw';
import sample from '../../fixtures/scenarios/sample-standup.yaml?raw';
import { parseScenario } from '../../../src/content/load.ts';
import type { Scenario } from '../../../src/content/types.ts';
import { createSession, type MeetingSession } from '../../../src/engine/core/session.ts';
import { mountRoom, type RoomHandle } from '../../../src/view/room.ts';

const sources: Record<string, string> = {
  'fintech-sync': fintech,
  'hyderabad-flash-sale': hyderabad,
  'mumbai-saas-priorities': mumbai,
  'sample-standup': sample,
};

declare global {
  interface Window {
    harness?: {
      handle?: RoomHandle;
      error?: string;
      choose(n: number): void;
      rewind(decision: number): void;
      audioState?: () => string;
    };
  }
}

/** Sound with the room: cues follow the session, the room tone runs, nothing may reach the console. */
async function startAudio(session: MeetingSession) {
  const { createAudioDirector } = await import('../../../src/audio/director.ts');
  const { Howler } = await import('howler');
  const director = await createAudioDirector({ muted: false, effectsVolume: 0.8, roomVolume: 0.4 });
  director.startRoomTone();
  session.subscribe((_view, events) => director.handle(events));
  if (window.harness) window.harness.audioState = () => Howler.ctx?.state ?? 'no context';
}

function withParams(scenario: Scenario, params: URLSearchParams): Scenario {
  const city = params.get('city');
  const count = Number(params.get('cast') ?? scenario.cast.length);
  const cast = Array.from({ length: count }, (_, i) => {
    const member = scenario.cast[i % scenario.cast.length];
    if (!member) throw new Error('no cast');
    return i < scenario.cast.length
      ? member
      : { ...member, id: `${member.id}-${i}`, name: `${member.name} ${i}` };
  });
  return {
    ...scenario,
    cast,
    setting: { ...scenario.setting, city: city ?? scenario.setting.city },
  };
}

async function main() {
  const params = new URLSearchParams(location.search);
  const id = params.get('scenario') ?? 'fintech-sync';
  const parsed = parseScenario(sources[id] ?? sample, `${id}.yaml`);
  if (!parsed.scenario) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const scenario = withParams(parsed.scenario, params);
  const { session } = createSession(scenario);
  const stage = document.getElementById('stage') as HTMLElement;
  const choose = (n: number) => {
    const choice = session.view().choices[n - 1];
    if (choice) session.choose(choice.id);
  };
  window.harness = { choose, rewind: (decision) => session.rewind(decision) };
  if (params.get('audio') === '1') await startAudio(session);
  try {
    const handle = await mountRoom(stage, scenario, session, {
      renderer: params.get('renderer') === 'canvas' ? 'canvas' : 'webgl',
      reducedMotion: params.get('reduced') === '1',
      showScores: params.get('scores') !== '0',
    });
    window.harness.handle = handle;
    const speaker = params.get('speaker');
    if (speaker) handle.showSpeaker(speaker);
    for (const n of (params.get('choose') ?? '').split(',').filter(Boolean)) choose(Number(n));
    // A baseline for the idle measurement: keep waking the loop as if something always moved.
    if (params.get('awake') === '1') setInterval(() => handle.update({}), 100);
  } catch (error) {
    window.harness.error = error instanceof Error ? error.message : String(error);
  }
  document.body.dataset.ready = 'true';
}

void main();
