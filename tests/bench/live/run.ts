/**
 * `npm run bench:live -- --phones N --rounds R [--nodes K] [--json]`: starts
 * K live-room servers on 127.0.0.1 (sharing a redis-server it starts when
 * K > 1), opens N simulated phones over worker processes, runs R vote rounds
 * driven by a facilitator client, and prints one JSON object. With K > 1 it
 * then runs one more round in which it kills a server halfway through, and
 * reports that round apart (`failover_*`): what was lost, how long the phones
 * on the dead server took to come back, and the tally delay of the votes they
 * had to resend. The tally percentiles are those of the R ordinary rounds. A benchmark, not a test:
 * it prints figures and budgets; everything it starts it stops.
 * `--phone-page` instead measures the phone page itself (phone-page.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Tally } from '../../../src/live/index.ts';
import { WebSocket } from 'ws';
import { LiveClient } from '../../../src/ui/live/live-client.ts';
import {
  startRedis,
  startServer,
  type RedisProcess,
  type ServerProcess,
} from '../../live/support/processes.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const PHONES = flag('phones', 200);
const ROUNDS = flag('rounds', 3);
const NODES = flag('nodes', 1);
const WORKERS = flag('workers', 4);
const SPREAD_MS = flag('spread-ms', 2000);
const JSON_ONLY = process.argv.includes('--json');
const OPTIONS = ['wait-review', 'ship-now', 'ask-support'];
const now = () => performance.timeOrigin + performance.now();
const log = (line: string) => JSON_ONLY || console.log(line);

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return (
    Math.round(
      sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10,
    ) / 10
  );
}

/** CPU seconds and resident memory of a process, from /proc. */
function usage(pid: number): { cpuS: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '0';
  return {
    cpuS: (Number(stat[11]) + Number(stat[12])) / 100,
    rssMb: Math.round(Number(rss) / 1024),
  };
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** What a worker reports back (phones.ts). */
interface Report {
  type: string;
  joinMs: number[];
  sends: { sentAt: number; ackedAt: number }[];
  unsent: number;
  reconnects: number[];
}

function next(worker: ChildProcess, type: string): Promise<Report> {
  return new Promise((found) => {
    const listen = (message: Report) => {
      if (message.type !== type) return;
      worker.off('message', listen);
      found(message);
    };
    worker.on('message', listen);
  });
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'mtc-bench-live-'));
  const redis: RedisProcess | undefined = NODES > 1 ? await startRedis() : undefined;
  const env = {
    DATA_DIR: folder,
    ROOM_CAPACITY: String(PHONES + 10),
    LIVE_RATE_JOINS_BURST: '1000000',
    LIVE_RATE_ADDRESS_BURST: '1000000',
    LIVE_RATE_ADDRESS_PER_SECOND: '1000000',
    ...(redis ? { REDIS_URL: redis.url } : {}),
  };
  const servers: ServerProcess[] = await Promise.all(
    Array.from({ length: NODES }, () => startServer(env)),
  );
  const workers = Array.from({ length: WORKERS }, () =>
    fork(new URL('./phones.ts', import.meta.url).pathname, [], {
      execArgv: ['--import', 'tsx'],
      stdio: 'inherit',
    }),
  );
  const host = new LiveClient({ url: servers[0]!.url, timeoutMs: 30_000, WebSocket });
  try {
    const { code } = await host.createRoom('Bench room');
    const tallies: { at: number; decisionId: string; voters: number }[] = [];
    host.onTally((tally: Tally) =>
      tallies.push({ at: now(), decisionId: tally.decisionId ?? '', voters: tally.voters }),
    );
    const urls = servers.map((server) => server.url);
    const share = (i: number) => Math.floor(PHONES / WORKERS) + (i < PHONES % WORKERS ? 1 : 0);
    const joinedAll = workers.map((worker) => next(worker, 'joined'));
    workers.forEach((worker, i) =>
      worker.send({ type: 'start', urls, code, count: share(i), offset: i, spreadMs: SPREAD_MS }),
    );
    const joined = await Promise.all(joinedAll);
    const joinMs = joined.flatMap((j) => j.joinMs as number[]);
    log(`${joinMs.length} phones joined on ${NODES} node(s)`);
    const latencies: number[] = [];
    const failoverLatencies: number[] = [];
    const reconnects: number[] = [];
    let [votesSent, votesCounted, lost, failoverLost] = [0, 0, 0, 0];
    const totalRounds = NODES > 1 ? ROUNDS + 1 : ROUNDS;
    for (let round = 1; round <= totalRounds; round++) {
      const failover = round > ROUNDS;
      const decisionId = `decision-${round}`;
      await host.openVote({
        id: decisionId,
        prompt: `Round ${round}`,
        options: OPTIONS.map((id) => ({ id, text: id })),
      });
      const votedAll = workers.map((worker) => next(worker, 'voted'));
      workers.forEach((worker) =>
        worker.send({ type: 'round', decisionId, options: OPTIONS, spreadMs: SPREAD_MS }),
      );
      if (failover) {
        await wait(SPREAD_MS / 2);
        await servers[NODES - 1]!.stop('SIGKILL');
        log(`killed node ${NODES} mid-round`);
      }
      const voted = await Promise.all(votedAll);
      const sends = voted
        .flatMap((v) => v.sends as { sentAt: number; ackedAt: number }[])
        .sort((a, b) => a.ackedAt - b.ackedAt);
      reconnects.push(...voted.flatMap((v) => v.reconnects as number[]));
      const end = Date.now() + 10_000;
      while (
        Date.now() < end &&
        (tallies.filter((t) => t.decisionId === decisionId).at(-1)?.voters ?? 0) < sends.length
      )
        await wait(20);
      const seen = tallies.filter((t) => t.decisionId === decisionId);
      // The k-th acknowledged vote is in the first tally that counts k voters.
      sends.forEach((vote, k) => {
        const shown = seen.find((t) => t.voters >= k + 1);
        if (shown) (failover ? failoverLatencies : latencies).push(shown.at - vote.sentAt);
      });
      const closed = await host.closeVote(decisionId);
      votesSent += sends.length + voted.reduce((n, v) => n + (v.unsent as number), 0);
      votesCounted += closed.tally.voters;
      const missing = Math.max(0, sends.length - closed.tally.voters);
      if (failover) failoverLost += missing;
      else lost += missing;
      await host.advance();
      log(
        `${failover ? 'failover round' : `round ${round}`}: ${sends.length} acknowledged, ${closed.tally.voters} counted`,
      );
    }
    const alive = servers.filter(
      (server) => server.child.exitCode === null && server.child.signalCode === null,
    );
    const used = alive.map((server) => usage(server.child.pid!));
    const result = {
      phones: PHONES,
      rounds: ROUNDS,
      nodes: NODES,
      votes_sent: votesSent,
      votes_counted: votesCounted,
      lost: lost + failoverLost,
      join_p95_ms: percentile(joinMs, 95),
      tally_p50_ms: percentile(latencies, 50),
      tally_p95_ms: percentile(latencies, 95),
      tally_p99_ms: percentile(latencies, 99),
      server_rss_mb: used.reduce((sum, u) => sum + u.rssMb, 0),
      server_cpu_s: Math.round(used.reduce((sum, u) => sum + u.cpuS, 0) * 100) / 100,
      ...(NODES > 1
        ? {
            failover_lost: failoverLost,
            failover_phones_back: reconnects.length,
            failover_reconnect_p95_ms: percentile(reconnects, 95),
            failover_reconnect_max_ms: percentile(reconnects, 100),
            failover_tally_p95_ms: percentile(failoverLatencies, 95),
          }
        : {}),
    };
    console.log(JSON.stringify(result));
    log(
      `budget: lost 0 → ${lost + failoverLost === 0 ? 'met' : 'OVER'}; tally p95 ≤ 250 ms → ${result.tally_p95_ms <= 250 ? 'met' : 'OVER'}`,
    );
  } finally {
    host.close();
    for (const worker of workers) worker.send({ type: 'stop' });
    await wait(300);
    for (const worker of workers) if (worker.exitCode === null) worker.kill();
    for (const server of servers) await server.stop();
    await redis?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

const chosen = process.argv.includes('--phone-page')
  ? import('./phone-page.ts').then((part) => part.phonePageBench())
  : main();
chosen.then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
