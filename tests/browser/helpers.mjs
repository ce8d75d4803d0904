// Shared helpers for the browser tests: a Kindred server, a headless Chromium, and axe-core.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const require = createRequire(import.meta.url);

/**
 * Starts `kindred serve --demo` on a free loopback port in a fresh temporary directory.
 * Uses PostgreSQL when KINDRED_TEST_DATABASE_URL is set, else SQLite in the temporary directory.
 * Returns { url, stop }; `url` ends without a slash, so `url + '/path'` works.
 */
export async function startServer() {
  const bin = path.resolve(repoRoot, process.env.KINDRED_BIN ?? 'target/debug/kindred');
  const dir = await mkdtemp(path.join(tmpdir(), 'kindred-browser-'));
  const env = { ...process.env };
  delete env.KINDRED_DATABASE_URL;
  delete env.KINDRED_BIND;
  if (process.env.KINDRED_TEST_DATABASE_URL) {
    env.KINDRED_DATABASE_URL = process.env.KINDRED_TEST_DATABASE_URL;
  }

  const child = spawn(bin, ['serve', '--demo', '--bind', '127.0.0.1:0'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const started = new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => fail(new Error('timed out after 30 s')), 30_000);
    function fail(err) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`kindred (${bin}) did not start: ${err.message}\n${output}`));
    }
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      // Only whole lines: a chunk may end in the middle of the address.
      const match = !settled && output.match(/running at (http:\/\/[^\s/]+)\/?[^\n]*\n/);
      if (match) {
        settled = true;
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { output += chunk; });
    child.once('error', fail);
    exited.then(({ code, signal }) => fail(new Error(`exited early (code ${code}, signal ${signal})`)));
  });
  const url = await started.catch(async (err) => {
    await rm(dir, { recursive: true, force: true });
    throw err;
  });

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const { code, signal } = await exited;
      clearTimeout(killer);
      if (code !== 0) {
        throw new Error(`kindred did not stop cleanly on SIGTERM (code ${code}, signal ${signal})\n${output}`);
      }
    }
    await rm(dir, { recursive: true, force: true });
  }

  return { url, stop };
}

/** Launches Debian's Chromium (never a downloaded browser). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.KINDRED_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
let axeSource;

/**
 * Runs axe-core on the page (WCAG 2.0/2.1/2.2 A and AA, plus best practice).
 * Returns the violations as readable lines; an empty array means none.
 */
export async function checkA11y(page) {
  axeSource ??= await readFile(require.resolve('axe-core'), 'utf8');
  // The page's Content-Security-Policy forbids inline scripts, so page.addScriptTag would be
  // blocked; evaluating through the DevTools protocol is not, and keeps the CSP under test.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return results.violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    const more = v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : '';
    return `${v.id} (${v.impact}): ${v.help} [${targets}${more}] ${v.helpUrl}`;
  });
}
