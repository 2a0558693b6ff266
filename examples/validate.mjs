// `npm run example`: for every API the package checks (its `apis` list, so a new API shows up here by
// itself), validates one good and one bad example request from examples/good and examples/bad (the JSON
// and YAML requests that name the API with "$api") and prints each report, the bad one in English and
// Simplified Chinese. Exits with 1 when an API has no such pair of examples.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { apis, validate } from 'instance-preflight';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The requests of one example file: a JSON object or array, or YAML documents (each an object or a list). */
function requestsIn(file) {
  const text = readFileSync(file, 'utf8');
  try {
    if (file.endsWith('.json')) return [JSON.parse(text)].flat();
    return parseAllDocuments(text).flatMap((document) => (document.errors.length > 0 ? [] : [document.toJS()].flat()));
  } catch {
    // Some bad examples are broken on purpose (examples/bad/tencent/broken-syntax.json): not requests.
    return [];
  }
}

/** Every request under a folder that names its API with "$api", with the file it came from. */
function examples(folder) {
  const root = join(HERE, folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(json|ya?ml)$/.test(name))
    .sort()
    .flatMap((name) =>
      requestsIn(join(root, name))
        .filter((request) => typeof request === 'object' && request !== null && typeof request.$api === 'string')
        .map((request) => ({ file: relative(HERE, join(root, name)), request })),
    );
}

/** Validates one example as the CLI would: "$api" stripped, the OS from the file name (as in examples/instance-preflight.config.json). */
function check({ file, request }, lang) {
  const { $api: api, ...payload } = request;
  return validate(api, payload, { os: /windows/.test(file) ? 'windows' : 'linux', lang });
}

function print(label, file, report) {
  console.log(`  ${label} ${file}: ${report.ok ? 'ok' : 'rejected'}`);
  for (const issue of report.issues) {
    const code = issue.vendor ? ` [${issue.vendor.code}]` : '';
    console.log(`    ${issue.severity} ${issue.rule} at ${issue.path.join('.') || '(payload)'}: ${issue.message}${code}`);
  }
}

const good = examples('good');
const bad = examples('bad');
for (const api of apis) {
  console.log(`${api.id} (${api.source}, ${api.doc})`);
  const passing = good.find((example) => example.request.$api === api.id && check(example, 'en').ok);
  const failing = bad.find((example) => example.request.$api === api.id && !check(example, 'en').ok);
  if (!passing || !failing) {
    console.log(`  no ${passing ? 'bad' : 'good'} example names "$api": "${api.id}" under examples/${passing ? 'bad' : 'good'}`);
    process.exitCode = 1;
    continue;
  }
  print('good', passing.file, check(passing, 'en'));
  print('bad ', failing.file, check(failing, 'en'));
  print('bad ', `${failing.file} (zh-CN)`, check(failing, 'zh-CN'));
}
