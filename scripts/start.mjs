// `npm start`: serve the review page on this computer (port 8787, or PORT),
// build everything, check the sample drafts in examples/ against the example
// council, and say where the review page, the built extension and add-in are.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function buildEverything() {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Checks the sample drafts as `probity check examples/*.eml examples/*.txt` would, in
 * colour on a terminal. Findings make probity exit 1; that is the point of the samples,
 * so only a failure to check at all is reported, and the page is served either way.
 */
function checkExamples() {
  const examples = join(root, 'examples');
  const drafts = ['.eml', '.txt'].flatMap((extension) => readdirSync(examples)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join('examples', name)));
  console.log('\nThe sample drafts in examples/, checked against the example council:\n');
  const result = spawnSync(process.execPath, [join(root, 'core', 'bin', 'probity.js'), 'check', ...drafts], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 && result.status !== 1) console.error(`The sample drafts could not be checked (${result.error?.message ?? `exit ${result.status}`}).`);
}

/** The review page's files, served from the Chromium build; nothing else is reachable. Its scripts are all named review*.js (extension/build.mjs). */
const REVIEW_PAGE_FILES = {
  '/': ['review.html', 'text/html; charset=utf-8'],
  '/review.html': ['review.html', 'text/html; charset=utf-8'],
  '/panel.css': ['panel.css', 'text/css; charset=utf-8'],
  '/pages.css': ['pages.css', 'text/css; charset=utf-8'],
  '/icons/32.png': ['icons/32.png', 'image/png'],
};

/** The port from PORT (default 8787), or one line saying what is wrong with it. */
function reviewPagePort() {
  const value = process.env.PORT ?? '8787';
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    console.error(`PORT must be a port number from 0 to 65535, not "${value}".`);
    process.exit(2);
  }
  return port;
}

/**
 * Serves the review page on 127.0.0.1 only: drafts are read in the browser and never sent to this server.
 * The port is taken before the build, so a busy port is said at once, in one line, not after minutes of building.
 */
async function serveReviewPage(port) {
  const pageDirectory = join(root, 'extension', 'dist', 'chromium');
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const script = /^\/(review(?:-[\w.-]+)?\.js)$/.exec(path)?.[1];
    const entry = REVIEW_PAGE_FILES[path] ?? (script && existsSync(join(pageDirectory, script)) ? [script, 'text/javascript; charset=utf-8'] : undefined);
    if (request.method !== 'GET' || !entry) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const [file, type] = entry;
    response.writeHead(200, {
      'content-type': type,
      'content-security-policy': "default-src 'self'; object-src 'none'",
      'cache-control': 'no-store',
    });
    response.end(await readFile(join(pageDirectory, file)));
  });
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${port} on 127.0.0.1 is already in use: stop what is using it, or choose another port, e.g. PORT=8788 npm start.`);
    } else if (error.code === 'EACCES') {
      console.error(`Port ${port} needs privileges this user does not have: choose a port above 1023, e.g. PORT=8788 npm start.`);
    } else {
      console.error(`The review page could not be served on port ${port}: ${error.message}`);
    }
    process.exit(2);
  }
  return server;
}

/** Says where the review page, the built extension and the add-in are. */
function announce(server) {
  const address = `http://127.0.0.1:${server.address().port}/`;
  const where = (path) => relative(process.cwd(), join(root, path)) || '.';
  const zips = existsSync(join(root, 'extension', 'dist'))
    ? readdirSync(join(root, 'extension', 'dist')).filter((name) => name.endsWith('.zip')).map((name) => where(join('extension', 'dist', name)))
    : [];
  console.log(`
Review page:        ${address}
Browser extension:  ${where('extension/dist/chromium')} (Chrome, Edge: load unpacked)
                    ${where('extension/dist/firefox')} (Firefox: about:debugging, load temporary add-on)
                    ${zips.join(', ')}
Outlook add-in:     ${where('outlook-addin/dist')}

Press Ctrl+C to stop.`);
}

const server = await serveReviewPage(reviewPagePort());
buildEverything();
checkExamples();
announce(server);
