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
  <file>     a report as text, HTML or PDF
  <dir>      every *.txt, *.html, *.htm, *.shtml and *.xhtml file below it,
             in path order (hidden entries and node_modules are skipped; a
             file reached twice through a symlink is read once; --verbose
             says which files were skipped and why)
  -          standard input
  Bytes are decoded as: byte order mark (UTF-8, UTF-16) → the charset an HTML
  page declares → UTF-8 → GB18030 (which covers GBK and GB2312). Text that is
  valid UTF-8 is read as UTF-8 even if the page declares another charset.

Options for parse:
  --format <json|csv>  output format (default: json)
  --pretty             indent the JSON
  --ndjson             always one {"file", "report"} object per line
  --json               always one JSON array of {"file", "report"} objects
  --no-bom             CSV without the UTF-8 byte order mark (by default the
                       CSV starts with one, so Excel reads it as UTF-8)
  -o, --out <dir>      write <dir>/<path>.json for each input instead of
                       printing, the input's name keeping its extension
                       (input.html → input.html.json). With one argument the
                       path is the one below it (zfxxgk parse fixtures --out o
                       → o/seed-001/input.txt.json; a file: its name); with
                       several, every input's path as given (a/x.txt and
                       b/x.txt → o/a/x.txt.json, o/b/x.txt.json; leading / and
                       .. are dropped). Standard input gives stdin.json. An
                       output path already taken in this run is an error (exit 3).
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
                       (any other name is a usage error, before any file is read)
  -j, --jobs <n>       parse n files at a time, each in a worker thread
                       (default: the number of CPU cores); output keeps the
                       input order
  --max-memory <MB>    heap limit of one file's parse (default: 2048)
  --timeout <s>        time limit of one file's parse (default: 120)
                       A file over either limit fails alone (OUT_OF_MEMORY,
                       TIMEOUT); the others go on.
  --verbose            on stderr: the encoding each input was read as, the
                       files a directory search skipped (and, for validate,
                       how many checks passed, failed, unknown per file)
  -h, --help           show this help
  -V, --version        show the version

JSON output of parse (the shape depends on how many inputs were found, not
on how they were given: a file and a folder holding one file print alike):
  exactly one input       the report object: {"meta": …, "text": …, …}
  several inputs          one {"file": "<path>", "report": {…}} per line
                          (NDJSON); with --pretty one indented JSON array of
                          those objects
  --ndjson / --json       that shape whatever the number of inputs
  Standard input is named "<stdin>".

CSV output of parse (RFC 4180, UTF-8 with a byte order mark, CRLF):
  a header row, then one row per report. Columns: file, meta.title,
  meta.organization, meta.year, meta.edition, meta.layout, meta.script, then
  every field of activeDisclosure, applications and reviewLitigation as a
  dotted path in report order (numbers, plus the unit text
  activeDisclosure.procurement.amountUnit next to its amount), then warnings
  (how many). The prose of text.* is left out. A null is an empty field.

Output of validate: one line on stdout per failed check,
  <file>: CODE message (expected X, actual Y)
  (value checks such as NEGATIVE_VALUE show only the actual value), and
  always one summary line on stderr:
  zfxxgk: validated 5 files: 2190 checks passed, 0 failed, 15 unknown (blank cells)

Diagnostics go to stderr, one line each:
  zfxxgk: cannot read <path>: <reason>
  zfxxgk: <file>: <error code>: <message>
  Processing continues with the other inputs. A file that starts with %PDF-
  is read with zfxxgk/pdf (it needs pdfjs-dist installed; PDF_NOT_SUPPORTED
  otherwise); a directory search skips *.pdf files.
  When a directory is read and stderr is a terminal, a progress line
  (12/340 files · 1 failed · 35.2 files/s) is shown.

Exit status:
  0  every input was read and parsed (and, for validate, no check failed)
  1  validate: a check failed in at least one input
  2  usage error
  3  an input could not be read, parsed or written; this takes precedence
     over 1, so 1 means every input was checked
`;
