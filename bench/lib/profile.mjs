/**
 * Summarizes a V8 .cpuprofile (node --cpu-prof): self time per function, and inclusive time
 * per pipeline step (the nearest ancestor frame that is a step's entry function).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Entry functions of the pipeline steps, as named in the bundled dist/index.js. */
export const STEP_FUNCTIONS = {
  normalize: 'normalize',
  chooseAdapter: 'detect',
  readWith: 'read',
  splitSections: 'sections',
  tableStreams: 'cells',
  scanActiveDisclosure: 'scan',
  scanApplications: 'scan',
  findTitle: 'meta',
  organizationFromText: 'meta',
  yearFromText: 'meta',
  placeActiveDisclosure: 'place',
  placeApplications: 'place',
  placeReviewLitigation: 'place',
  sectionText: 'text',
  assertSchema: 'schema',
  checkSchema: 'schema',
  validate: 'validate()',
};

function location(frame, root) {
  const url = frame.url.replace(/^file:\/\//, '');
  if (!url) return '';
  const rel = url.startsWith(root) ? path.relative(root, url) : url;
  return `${rel.replace(/^node_modules\//, '')}:${frame.lineNumber + 1}`;
}

/**
 * { totalMs, gcMs, self: [{ name, where, ms, share }], steps: [{ step, ms, share }] } over the
 * samples taken inside `withinFunction` (the loop's parse calls, so the harness itself is
 * excluded) plus the garbage collector's samples (V8 reports GC as its own root frame; in a
 * loop of parses nearly all of it is the parses' garbage). Shares are of inside + GC.
 */
export function summarizeProfile(file, { root, withinFunction = 'parseReport', top = 12 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // per node: inside the measured function? which step?
  const info = new Map();
  const resolve = (id) => {
    if (info.has(id)) return info.get(id);
    const node = byId.get(id);
    const up = parent.has(id) ? resolve(parent.get(id)) : { inside: false, step: null };
    const name = node.callFrame.functionName;
    const inside = up.inside || name === withinFunction;
    const step = up.step ?? (inside && STEP_FUNCTIONS[name] ? STEP_FUNCTIONS[name] : null);
    const result = { inside, step };
    info.set(id, result);
    return result;
  };
  const self = new Map();
  const steps = new Map();
  let total = 0;
  let gc = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time *before* sample i; the time of sample i is timeDeltas[i + 1].
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    const id = samples[i];
    const { inside, step } = resolve(id);
    const frame = byId.get(id).callFrame;
    const isGc = frame.functionName === '(garbage collector)';
    if (!inside && !isGc) continue;
    total += dt;
    if (isGc) gc += dt;
    const name = frame.functionName || '(anonymous)';
    const key = `${name}\u0000${location(frame, root)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const s = isGc ? 'GC' : (step ?? `${withinFunction} (own)`);
    steps.set(s, (steps.get(s) ?? 0) + dt);
  }
  const selfList = [...self]
    .map(([key, ms]) => {
      const [name, where] = key.split('\u0000');
      return { name, where, ms, share: ms / total };
    })
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  const stepList = [...steps].map(([step, ms]) => ({ step, ms, share: ms / total })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total, gcMs: gc, self: selfList, steps: stepList };
}
