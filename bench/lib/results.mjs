import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'RESULTS.md');

/**
 * Puts a script's own section into bench/RESULTS.md: `section` starts with its `<!-- marker -->`
 * line and replaces the old one (up to the next marker), or is appended at the end.
 */
export function putSection(marker, section) {
  const previous = readFileSync(resultsFile, 'utf8');
  const at = previous.indexOf(marker);
  if (at === -1) {
    writeFileSync(resultsFile, `${previous.trimEnd()}\n\n${section.trimEnd()}\n`);
    return;
  }
  const next = previous.indexOf('<!-- ', at + marker.length);
  const rest = next === -1 ? '' : `\n\n${previous.slice(next)}`;
  writeFileSync(resultsFile, `${previous.slice(0, at).trimEnd()}\n\n${section.trimEnd()}${rest.trimEnd()}\n`);
}
