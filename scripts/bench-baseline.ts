// The baseline of `npm run bench`: the test build of the commit before the speed work (issue 10),
// built from a git worktree in .bench/ and kept, so every run times it beside the current build.
// BENCH_BASE=<commit> picks another commit; BENCH_REBUILD_BASE=1 builds it again.
// Usage as a script: tsx scripts/bench-baseline.ts (prints the folder of the baseline build).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
/** "axe-core is a dev dependency": the last commit before the speed work of issue 10. */
export const DEFAULT_BASE = '218811a';

const git = (args: string[], cwd = ROOT) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The folder of the baseline's dist/chrome-test, built when missing. */
export function baselineBuild(base = process.env.BENCH_BASE ?? DEFAULT_BASE): { dir: string; commit: string } {
  const commit = git(['rev-parse', '--verify', `${base}^{commit}`]);
  const out = join(ROOT, '.bench', 'baseline', commit.slice(0, 12));
  const dist = join(out, 'chrome-test');
  const stamp = join(out, 'commit');
  if (process.env.BENCH_REBUILD_BASE !== '1' && existsSync(join(dist, 'manifest.json')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === commit) {
    return { dir: dist, commit };
  }
  const src = join(ROOT, '.bench', 'baseline-src');
  process.stderr.write(`bench: building the baseline ${commit.slice(0, 12)} in .bench/ ...\n`);
  if (existsSync(src)) {
    git(['worktree', 'remove', '--force', src]);
  }
  git(['worktree', 'prune']);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  git(['worktree', 'add', '--detach', src, commit]);
  try {
    // The dependencies of this checkout, read-only (a build writes nothing into node_modules).
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    execFileSync('npm', ['run', '--silent', 'corpus:seeds'], { cwd: src, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: src, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TARGET: 'chrome', TEST_BUILD: '1' } });
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(join(src, 'dist', 'chrome-test'), dist, { recursive: true });
    writeFileSync(stamp, commit);
  } finally {
    git(['worktree', 'remove', '--force', src]);
  }
  return { dir: dist, commit };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(baselineBuild().dir);
}
