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
 * (anchors, lookarounds, back-references) throws, so a pattern it cannot rewrite is not
 * rewritten wrong.
 */
export function spaceTolerant(pattern: RegExp): RegExp {
  const source = pattern.source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '(') {
      if (source.startsWith('(?:', i)) {
        out += '(?:';
        i += 3;
      } else if (source[i + 1] === '?') {
        throw new Error(`spaceTolerant: unsupported group in /${source}/`);
      } else {
        out += '(';
        i++;
      }
      continue;
    }
    if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+') {
      out += c;
      i++;
      continue;
    }
    if (c === '{') {
      const end = source.indexOf('}', i);
      out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === '^' || c === '$' || (c === '\\' && /[1-9bBksS]/.test(source[i + 1]!))) throw new Error(`spaceTolerant: unsupported ${c}${c === '\\' ? source[i + 1] : ''} in /${source}/`);
    const end = atomEnd(source, i);
    let atom = source.slice(i, end);
    if (atom === '.') atom = '\\S';
    else if (atom.startsWith('[^')) atom = `[^\\s${atom.slice(2)}`;
    out += `(?:${atom}\\s*)`;
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
