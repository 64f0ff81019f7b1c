// Store-ready zips of both builds: artifacts/parallax-<version>-chrome.zip and -firefox.zip.
// web-ext build only packages the folder (manifest at the zip's root, no dot files).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8')) as { version: string };
for (const target of ['chrome', 'firefox']) {
  const name = `parallax-${version}-${target}.zip`;
  const r = spawnSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'artifacts', '--filename', name, '--overwrite-dest'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
