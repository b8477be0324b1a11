/**
 * The built add-in, for the tests that check what ships: dist/ is rebuilt
 * when any source it is made from is newer (the core changes under us while
 * others work on it), under a lock so test files running in parallel build
 * it once, and swapped in whole so no test reads a half-built directory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADDIN = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ADDIN, 'dist');
const REPO = join(ADDIN, '..');
const SOURCES = [
  join(ADDIN, 'src'), join(ADDIN, 'manifest'), join(ADDIN, 'static'), join(ADDIN, 'assets'), join(ADDIN, 'build.mjs'),
  join(REPO, 'core/src'), join(REPO, 'core/data'), join(REPO, 'ui/src'),
];
const LOCK = join(ADDIN, '.build-lock');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isStale(): boolean {
  const stamp = join(DIST, 'manifest.json');
  return !existsSync(stamp) || Math.max(...SOURCES.map(newest)) > statSync(stamp).mtimeMs;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): string {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`another build holds ${LOCK}; remove it if no build is running`);
      sleep(200);
    }
  }
  try {
    if (isStale()) {
      const next = `${DIST}.next`;
      const old = `${DIST}.old`;
      execFileSync(process.execPath, ['build.mjs'], { cwd: ADDIN, stdio: 'pipe', env: { ...process.env, PROBITY_ADDIN_OUT: next } });
      rmSync(old, { recursive: true, force: true });
      if (existsSync(DIST)) renameSync(DIST, old);
      renameSync(next, DIST);
      rmSync(old, { recursive: true, force: true });
    }
  } finally {
    rmdirSync(LOCK);
  }
  return DIST;
}

/** A build of its own with these settings (build.mjs's environment variables), in a new temporary directory. */
export function buildWith(settings: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), 'probity-addin-'));
  execFileSync(process.execPath, ['build.mjs'], { cwd: ADDIN, stdio: 'pipe', env: { ...process.env, ...settings, PROBITY_ADDIN_OUT: out } });
  return out;
}
