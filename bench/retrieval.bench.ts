// Times the real `fixfirst retrieval` CLI on 10,000 queries × 1,000 ranked documents (10 million run
// lines) with 20 graded judgments per query. Target (issue 5): under 5 s. Files go to a temp folder.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/stats/random.js';

const queries = 10_000;
const documentsPerQuery = 1_000;
const judgedPerQuery = 20;
const cli = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'fixfirst-retrieval-bench-'));
const qrelsPath = join(folder, 'qrels.txt');
const runPath = join(folder, 'run.txt');

async function write(path: string, produce: (push: (text: string) => void) => void): Promise<void> {
  const stream = createWriteStream(path);
  let chunk = '';
  produce((text) => {
    chunk += text;
    if (chunk.length > 1 << 20) {
      stream.write(chunk);
      chunk = '';
    }
  });
  stream.write(chunk);
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

const random = seededRandom(20240601);
const started = Date.now();
await write(qrelsPath, (push) => {
  for (let query = 0; query < queries; query++) {
    for (let judged = 0; judged < judgedPerQuery; judged++) {
      const doc = Math.floor(random() * documentsPerQuery * 2);
      push(`q${query} 0 d${query}-${doc} ${Math.floor(random() * 3)}\n`);
    }
  }
});
await write(runPath, (push) => {
  for (let query = 0; query < queries; query++) {
    // Scores fall with rank, as a real run is written; a few ties exercise the tie-break.
    for (let rank = 1; rank <= documentsPerQuery; rank++) {
      push(`q${query} Q0 d${query}-${rank * 2 - 1} ${rank} ${(1000 - Math.floor(rank / 2)) / 100} bench\n`);
    }
  }
});
console.log(
  `generated ${queries} queries × ${documentsPerQuery} documents in ${((Date.now() - started) / 1000).toFixed(1)} s (run file ${(statSync(runPath).size / 1e6).toFixed(0)} MB)`,
);

// GNU time reports the child's CPU seconds, which stay meaningful when other work shares the machine.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function time(label: string, args: string[]): void {
  const command = [cli, 'retrieval', '--qrels', qrelsPath, '--run', runPath, ...args];
  const options = { encoding: 'utf8' as const, maxBuffer: 1 << 30 };
  const begin = process.hrtime.bigint();
  const result =
    gnuTime === undefined
      ? spawnSync(process.execPath, command, options)
      : spawnSync(gnuTime, ['-f', 'cpu %U %S', process.execPath, ...command], options);
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}): ${result.stderr}`);
  const cpuLine = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  const cpu =
    cpuLine === null ? '' : `, CPU ${(Number(cpuLine[1]) + Number(cpuLine[2])).toFixed(2)} s (user+sys)`;
  console.log(
    `${label.padEnd(36)} wall ${seconds.toFixed(2)} s${cpu}  (${seconds < 5 ? 'under' : 'OVER'} the 5 s target)`,
  );
}

console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} (wall-clock is noisy under load; CPU seconds are steadier)`,
);
try {
  time('fixfirst retrieval (table)', []);
  time('fixfirst retrieval --json', ['--json']);
  time('fixfirst retrieval -k 5,10,100 -l 2', ['-k', '5,10,100', '-l', '2']);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
