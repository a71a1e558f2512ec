/**
 * The package version, read from the package.json next to dist/ (`../package.json`
 * relative to dist/cli.js); `../../package.json` covers running src/cli/main.ts directly.
 */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'zfxxgk' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}
