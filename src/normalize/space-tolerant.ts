/**
 * A pattern that matches a text the way the original matches that text with its whitespace
 * removed — without building the spaceless copy (PDF text is full of spaces: `主 动 公 开`,
 * `2 0 2 3 年`). Every atom (a character, an escape, a class, `.`) may be followed by
 * whitespace; `.` and a negated class stop matching whitespace, as nothing in a spaceless text
 * is. A match starts where the spaceless one starts, and what a group captures is the same
 * once its whitespace is removed.
 *
 * For patterns of literal characters, escapes such as `\d` and `\u4e00`, classes, groups,
 * alternatives and quantifiers, whose atoms never match whitespace; anything else
 * (anchors, lookarounds, back-references, `\s`) throws, so a pattern it cannot rewrite is not
 * rewritten wrong.
 */
export function spaceTolerant(pattern: RegExp): RegExp {
  const source = pattern.source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    // Structure passes through: a group's brackets, an alternative's bar, a quantifier.
    const structure = /^(?:\(\?:|\((?!\?)|[)|?*+]|\{\d+(?:,\d*)?\})/.exec(rest);
    if (structure) {
      out += structure[0];
      i += structure[0].length;
      continue;
    }
    if (/^(?:[\^$(]|\\[1-9bBkSs])/.test(rest)) throw new Error(`spaceTolerant cannot rewrite /${source}/`);
    const end = atomEnd(source, i);
    const atom = source.slice(i, end);
    out += `(?:${atom === '.' ? '\\S' : atom.replace(/^\[\^/, '[^\\s')}\\s*)`;
    i = end;
  }
  return new RegExp(out, pattern.flags);
}

/** Where the atom starting at `i` ends: one character, an escape (`\d`, `\u4e00`) or a class. */
function atomEnd(source: string, i: number): number {
  if (source[i] === '\\') return source[i + 1] === 'u' ? i + 6 : i + 2;
  if (source[i] !== '[') return i + 1;
  let j = i + 1;
  while (source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}
