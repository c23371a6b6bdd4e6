// Live-mode throughput: `fixfirst run` on 2,000 items at concurrency 16 against the shared
// OpenAI-compatible stub (../shared/bench/promptfoo/stub-server.mjs, 20 ms per answer) on 127.0.0.1.
// The I/O limit is 2,000 / 16 × 20 ms = 2.5 s; the target is within 1.3× of it plus start-up.
// If promptfoo 0.121.20 is installed (PF_DIR, default /tmp/pf), the shared harness runs it on the
// same stub and the same 2,000 items for the ratio.
// Usage: npm run bench -- live        (ITEMS=2000 CONCURRENCY=16 STUB_DELAY_MS=20 PF_DIR=/tmp/pf)
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const items = Number(process.env.ITEMS ?? 2000);
const concurrency = Number(process.env.CONCURRENCY ?? 16);
const delayMs = Number(process.env.STUB_DELAY_MS ?? 20);
const harness = process.env.HARNESS ?? '/work/shared/bench/promptfoo';
const pfDir = process.env.PF_DIR ?? '/tmp/pf';
const cli = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command; wall time, and user+system CPU seconds from GNU time when it is there. */
function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ seconds: number; cpu: number; stdout: string; stderr: string; code: number }> {
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      timed ? '/usr/bin/time' : command,
      timed ? ['-f', 'cpu-seconds %U %S', command, ...args] : args,
      { env: { ...process.env, ...env }, maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        const cpu = /cpu-seconds ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
        resolve({
          seconds: (performance.now() - started) / 1000,
          cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN,
          stdout,
          stderr,
          code: error === null ? 0 : Number((error as { code?: number }).code ?? 1),
        });
      },
    );
  });
}

async function stats(port: number): Promise<{ total: number; maxInFlight: number }> {
  const response = await fetch(`http://127.0.0.1:${port}/stats`);
  return (await response.json()) as { total: number; maxInFlight: number };
}

async function startStub(port: number): Promise<ChildProcess> {
  const stub = spawn(process.execPath, [join(harness, 'stub-server.mjs')], {
    env: { ...process.env, STUB_PORT: String(port), STUB_DELAY_MS: String(delayMs) },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await stats(port);
      return stub;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error('stub did not start');
}

const dir = mkdtempSync(join(tmpdir(), 'fixfirst-bench-live-'));
const rows: string[] = [];
for (let index = 0; index < items; index++) {
  rows.push(
    JSON.stringify({
      id: String(index),
      input: `id=${index} What is item number ${index}?`,
      reference: `ANSWER ${index}`,
    }),
  );
}
writeFileSync(join(dir, 'eval.jsonl'), `${rows.join('\n')}\n`);
writeFileSync(
  join(dir, 'fixfirst.yaml'),
  `eval: eval.jsonl\nmodel: openai:stub-model\nprompt: { template: "{{input}}" }\nlive: { concurrency: ${concurrency}, max_output_tokens: 32 }\n`,
);

const port = await freePort();
const stub = await startStub(port);
const env = {
  OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
  OPENAI_API_KEY: 'sk-stub-not-a-real-key',
  NO_COLOR: '1',
};
const ioLimit = (items / concurrency) * (delayMs / 1000);
try {
  const startups: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++)
    startups.push((await run(process.execPath, [cli, '--version'])).seconds);
  const startup = Math.min(...startups);
  // The floor for any fetch-based client here: the same requests from a bare fetch loop.
  const floorScript = `const url=process.env.OPENAI_BASE_URL+'/chat/completions';let next=0;const n=${items};
    await Promise.all(Array.from({length:${concurrency}},async()=>{while(next<n){const i=next++;
    const r=await fetch(url,{method:'POST',headers:{'content-type':'application/json',authorization:'Bearer x'},
    body:JSON.stringify({model:'stub-model',messages:[{role:'user',content:'id='+i+' What is item number '+i+'?'}],max_tokens:32,temperature:0})});
    await r.text();}}));`;
  const floor = await run(process.execPath, ['--input-type=module', '-e', floorScript], env);
  // The floor for node:http with a keep-alive agent (what fixfirst's provider transport uses).
  const httpFloorScript = `import http from 'node:http';const url=new URL(process.env.OPENAI_BASE_URL+'/chat/completions');
    const agent=new http.Agent({keepAlive:true});let next=0;const n=${items};
    const post=(body)=>new Promise((resolve,reject)=>{const request=http.request({hostname:url.hostname,port:url.port,path:url.pathname,method:'POST',agent,
    headers:{'content-type':'application/json',authorization:'Bearer x','content-length':Buffer.byteLength(body)}},(response)=>{
    const chunks=[];response.on('data',(chunk)=>chunks.push(chunk));response.on('end',()=>resolve(Buffer.concat(chunks).toString()));response.on('error',reject);});
    request.on('error',reject);request.end(body);});
    await Promise.all(Array.from({length:${concurrency}},async()=>{while(next<n){const i=next++;
    await post(JSON.stringify({model:'stub-model',messages:[{role:'user',content:'id='+i+' What is item number '+i+'?'}],max_tokens:32,temperature:0}));}}));`;
  const httpFloor = await run(process.execPath, ['--input-type=module', '-e', httpFloorScript], env);
  const beforeCold = await stats(port);
  const cold = await run(
    process.execPath,
    [cli, 'run', dir, '--concurrency', String(concurrency), '--quiet'],
    env,
  );
  if (cold.code !== 0) throw new Error(`fixfirst run failed: ${cold.stderr}`);
  const afterCold = await stats(port);
  const server = { total: afterCold.total - beforeCold.total, maxInFlight: afterCold.maxInFlight };
  const warm = await run(process.execPath, [cli, 'run', dir, '--quiet'], env);
  const afterWarm = await stats(port);
  console.log(
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} on 2 cores (figures are noisy under load)`,
  );
  console.log(
    `fixfirst run: ${items} items, concurrency ${concurrency}, stub ${delayMs} ms/answer (I/O limit ${ioLimit.toFixed(2)} s)`,
  );
  console.log(`  start-up (fixfirst --version, best of 3): ${startup.toFixed(2)} s`);
  console.log(
    `  cold run: ${cold.seconds.toFixed(2)} s wall (${cold.cpu.toFixed(2)} s CPU) = ${(cold.seconds / (ioLimit + startup)).toFixed(2)}× (I/O limit + start-up); ${((cold.seconds - startup) / ioLimit).toFixed(2)}× the I/O limit after start-up`,
  );
  console.log(`  stub saw ${server.total} requests, max ${server.maxInFlight} in flight`);
  console.log(
    `  bare fetch loop, same requests and concurrency (the floor of a client on undici fetch here): ${floor.seconds.toFixed(2)} s wall (${floor.cpu.toFixed(2)} s CPU) → fixfirst overhead ${(cold.seconds / floor.seconds).toFixed(2)}× the floor`,
  );
  console.log(
    `  bare node:http keep-alive loop, same requests and concurrency (the floor of a node client here): ${httpFloor.seconds.toFixed(2)} s wall (${httpFloor.cpu.toFixed(2)} s CPU) → fixfirst ${(cold.seconds / httpFloor.seconds).toFixed(2)}× this floor`,
  );
  console.log(
    `  rerun (all cached): ${warm.seconds.toFixed(2)} s wall (${warm.cpu.toFixed(2)} s CPU), ${afterWarm.total - afterCold.total} requests`,
  );

  if (existsSync(join(pfDir, 'node_modules', '.bin', 'promptfoo'))) {
    const out = mkdtempSync(join(tmpdir(), 'fixfirst-bench-pf-'));
    const pfPort = await freePort();
    const promptfoo = await run('bash', [join(harness, 'run.sh')], {
      PF_DIR: pfDir,
      N_TESTS: String(items),
      OUT: out,
      STUB_PORT: String(pfPort),
      STUB_DELAY_MS: String(delayMs),
    });
    const time = readFileSync(join(out, 'time.txt'), 'utf8');
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(time);
    const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN;
    console.log(
      `promptfoo 0.121.20 (shared harness, same stub and ${items} items, -j ${concurrency}, cache off):`,
    );
    console.log(`  ${promptfoo.stdout.trim().split('\n').join('\n  ')}`);
    console.log(
      `  wall ${seconds.toFixed(2)} s → promptfoo / fixfirst = ${(seconds / cold.seconds).toFixed(1)}× (cold run vs cold run)`,
    );
    rmSync(out, { recursive: true, force: true });
  } else {
    console.log(
      `promptfoo: not installed at ${pfDir} (see ../shared/bench/promptfoo/README.md); ratio not measured`,
    );
  }
} finally {
  stub.kill();
  rmSync(dir, { recursive: true, force: true });
}
