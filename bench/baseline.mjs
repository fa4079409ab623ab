// A build of another commit, for side-by-side numbers: checked out in a temporary git worktree,
// installed and built there, and only its dist/ kept, under bench/.cache/<full commit hash>/
// (gitignored), so the next run against the same commit starts at once.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE = fileURLToPath(new URL('.cache/', import.meta.url));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  return result.stdout;
}

/** The full hash of `commit` (a hash, tag or branch name). */
export function resolveCommit(commit) {
  return run('git', ['rev-parse', '--verify', `${commit}^{commit}`], { stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/** The dist/ folder of `commit`'s build, built on first use. */
export function baselineDist(commit) {
  const hash = resolveCommit(commit);
  const dist = join(CACHE, hash, 'dist');
  if (existsSync(join(dist, 'index.html'))) return { hash, dist };
  const checkout = mkdtempSync(join(tmpdir(), `bench-${hash.slice(0, 7)}-`));
  console.error(`Building ${hash.slice(0, 7)} in ${checkout} (first run against this commit only)…`);
  run('git', ['worktree', 'add', '--detach', '--force', checkout, hash]);
  try {
    // --prefix, not cwd: under `npm run` the parent's npm_config_local_prefix would send npm to the site's root.
    run('npm', ['ci', '--prefix', checkout, '--no-audit', '--no-fund']);
    run('npm', ['run', '--prefix', checkout, 'build']);
    rmSync(join(CACHE, hash), { recursive: true, force: true });
    cpSync(join(checkout, 'dist'), dist, { recursive: true });
  } finally {
    run('git', ['worktree', 'remove', '--force', checkout]);
    rmSync(checkout, { recursive: true, force: true });
  }
  return { hash, dist };
}
