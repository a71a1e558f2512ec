/**
 * The fixtures the bench measures, grouped by input shape.
 *
 *   html         fixtures/*-html, html-2019-colspan (input.html)
 *   tsv          seed-002
 *   pipe         seed-001, seed-003
 *   lines        seed-000
 *   traditional  seed-004
 *   glued        fixtures/pt-* with input.txt
 *   layout       fixtures/pdf/<id>/layout.txt (`pdftotext -layout`)
 *   reading      fixtures/pdf/<id>/reading.txt (`pdftotext` without -layout: reading order)
 *   markdown     fixtures/markdown/<id>/input.md (PDF-to-Markdown converters)
 *
 * A fixture folder that matches none of these (fixtures added later) is still measured, as
 * `extra-html` or `extra-text` by its file, but is not part of the shape headlines or targets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = path.join(root, 'fixtures');

export const SHAPES = ['html', 'tsv', 'pipe', 'lines', 'glued', 'traditional', 'layout', 'reading', 'markdown', 'extra-html', 'extra-text'];
/** The shapes the brief groups and judges; `extra-*` are measured and listed only. */
export const JUDGED_SHAPES = ['html', 'tsv', 'pipe', 'lines', 'glued', 'traditional', 'layout', 'reading', 'markdown'];
export const TEXT_SHAPES = ['tsv', 'pipe', 'lines', 'glued', 'layout', 'reading', 'markdown'];
/** The text a user gets out of a PDF: `pdftotext -layout`, reading order (poppler, pdf.js), converter Markdown. */
export const PDF_TEXT_SHAPES = ['layout', 'reading', 'markdown'];

const NAMED = { 'seed-000': 'lines', 'seed-001': 'pipe', 'seed-002': 'tsv', 'seed-003': 'pipe', 'seed-004': 'traditional' };

function shapeOf(name, file) {
  if (NAMED[name]) return NAMED[name];
  if (file === 'input.html' && (name.endsWith('-html') || name === 'html-2019-colspan')) return 'html';
  if (file === 'input.txt' && name.startsWith('pt-')) return 'glued';
  return file === 'input.html' ? 'extra-html' : 'extra-text';
}

/** [{ name, shape, file, path, text, bytes }] in shape order, then by name (`path`: the file read). */
export function loadFixtures() {
  const list = [];
  for (const name of readdirSync(fixturesDir).sort()) {
    if (name.startsWith('_')) continue;
    for (const file of ['input.txt', 'input.html']) {
      const p = path.join(fixturesDir, name, file);
      if (!existsSync(p)) continue;
      const text = readFileSync(p, 'utf8');
      list.push({ name, file, path: p, shape: shapeOf(name, file), text, bytes: Buffer.byteLength(text) });
    }
  }
  // Text extracted from PDFs: one folder per PDF (or per converter's Markdown) under these. The
  // two texts of one PDF share its folder, so the reading-order one is named with its file.
  const sources = [['pdf', 'layout.txt', 'layout', ''], ['pdf', 'reading.txt', 'reading', '/reading'], ['markdown', 'input.md', 'markdown', '']];
  for (const [folder, file, shape, suffix] of sources) {
    const dir = path.join(fixturesDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name, file);
      if (!existsSync(p)) continue;
      const text = readFileSync(p, 'utf8');
      list.push({ name: `${folder}/${name}${suffix}`, file, path: p, shape, text, bytes: Buffer.byteLength(text) });
    }
  }
  return list.sort((a, b) => SHAPES.indexOf(a.shape) - SHAPES.indexOf(b.shape) || a.name.localeCompare(b.name));
}
