/** The --help text. */

export const HELP = `Usage: zfxxgk parse [options] <input>...
       zfxxgk validate [options] <input>...
       zfxxgk validate --series [options] <input>...
       zfxxgk audit --html <file> [options] <input>...

Read 政府信息公开工作年度报告 (government information-disclosure annual
reports) into JSON, and check the arithmetic of their tables.

Commands:
  parse      print each report as JSON (or CSV)
  validate   parse each report and print every failed arithmetic check
  validate --series
             check consecutive years of each organization against each other
             (结转, 现行有效件数, 上一年项目数量); prints failed and advisory checks
  audit      write one self-contained HTML page (--html <file>): the tables as
             the official forms, every cell with its source and checks, the
             year-over-year and prose checks, a summary

Inputs:
  <file>     a report as text or HTML
  <dir>      every *.txt, *.html and *.htm file below it, in path order
             (hidden entries and node_modules are skipped)
  -          standard input
  Bytes are decoded as: byte order mark (UTF-8, UTF-16) → the charset an HTML
  page declares → UTF-8 → GB18030 (which covers GBK and GB2312). Text that is
  valid UTF-8 is read as UTF-8 even if the page declares another charset.

Options for parse:
  --format <json|csv>  output format (default: json)
  --pretty             indent the JSON
  -o, --out <dir>      write <dir>/<name>.json for each input instead of
                       printing; a file argument gives <basename>.json, a file
                       found in a directory keeps its path below that directory
                       (zfxxgk parse fixtures --out o → o/seed-001/input.json),
                       standard input gives stdin.json. An input whose file
                       name is already taken in this run is an error (exit 3).
Options for validate:
  --nulls <unknown|zero>
                       unknown (default): a check with a blank cell is skipped;
                       zero: blank cells count as 0
Options for validate --series:
  --verbose            also print the unknown checks (missing years, blanks)
  Output: one line per failed or advisory check,
  <file> → <file>: CODE [status] message (expected X, actual Y)
  Exit status 1 when a check failed; advisory checks never fail.
Options for audit:
  --html <file>        where to write the page (required)
  --nulls <unknown|zero>
Options for all:
  --layout <name>      force the table reader: html, tsv, pipe, lines, glued
  --verbose            on stderr: the encoding each input was read as (and,
                       for validate, how many checks passed, failed, unknown)
  -h, --help           show this help
  -V, --version        show the version

JSON output of parse:
  one file argument       the report object: {"meta": …, "text": …, …}
  several inputs or a     one {"file": "<path>", "report": {…}} per line
  directory               (NDJSON); with --pretty one indented JSON array of
                          those objects
  Standard input is named "<stdin>".

CSV output of parse (RFC 4180, UTF-8, CRLF):
  a header row, then one row per report. Columns: file, meta.title,
  meta.organization, meta.year, meta.edition, meta.layout, meta.script, then
  every field of activeDisclosure, applications and reviewLitigation as a
  dotted path in report order (numbers, plus the unit text
  activeDisclosure.procurement.amountUnit next to its amount), then warnings
  (how many). The prose of text.* is left out. A null is an empty field.

Output of validate: one line on stdout per failed check,
  <file>: CODE message (expected X, actual Y)
  (value checks such as NEGATIVE_VALUE show only the actual value).

Diagnostics go to stderr, one line each:
  zfxxgk: cannot read <path>: <reason>
  zfxxgk: <file>: <error code>: <message>
  Processing continues with the other inputs. When a directory is read and
  stderr is a terminal, a progress line (12/340 files) is shown.

Exit status:
  0  every input was read and parsed (and, for validate, no check failed)
  1  validate: a check failed in at least one input
  2  usage error
  3  an input could not be read, parsed or written; this takes precedence
     over 1, so 1 means every input was checked
`;
