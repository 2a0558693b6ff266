import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The package's folder: the probed process runs there, so `instance-preflight` resolves to this build by self-reference. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A module resolve hook that posts every URL it resolves to the port it is given. */
const HOOK = `let port; export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) { const result = await next(specifier, context); port.postMessage(result.url); return result; }`;

/**
 * Runs a module body in a fresh node process that watches what it loads, and returns what the body put in
 * `printed` (as JSON). The body sees `urls`, every module URL resolved so far (an import), `required`,
 * `require.cache` (where `require()` of an ES module puts the file), and `settle()`, which waits until the
 * hook's messages have arrived; `settle()` also runs after the body, before `printed` is read.
 *
 * @param body The module body (top-level await allowed); it sets `printed`.
 *
 * @returns What the body printed, parsed.
 */
export function runProbed(body: string): unknown {
  const script = `
import { register, createRequire } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on('message', (url) => urls.push(url));
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)}, { data: { port: port2 }, transferList: [port2] });
const required = createRequire(import.meta.url).cache;
const settle = () => new Promise((done) => setTimeout(done, 100));
let printed;
${body}
await settle();
port1.close();
process.stdout.write(JSON.stringify(printed));
`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: PACKAGE_ROOT, encoding: 'utf8' }));
}
