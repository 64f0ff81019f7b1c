// Runs `web-ext lint` (offline, self-hosted rules) on a Firefox build and fails on any error.
// Warnings are printed: the remaining ones come from Readability's own code.
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? 'dist/firefox';
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], { encoding: 'utf8' });
let report: { summary: { errors: number; warnings: number; notices: number }; errors: Msg[]; warnings: Msg[]; notices: Msg[] };
interface Msg { code: string; message: string; file?: string; line?: number }
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(`web-ext lint gave no report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices'] as const) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
