/**
 * The three tables as the official forms print them (国办公开办函〔2021〕30号 and
 * 〔2019〕60号), as data: header rows and body rows whose cells are field paths.
 */
import type { Edition } from '../../types.js';
import {
  COLUMN_LABELS,
  COLUMNS,
  OUTCOME_LABELS,
  OUTCOMES,
  REVIEW_GROUPS,
  ROWS_2019,
  ROWS_2021,
} from '../../validate/labels.js';

/** A header cell: its text and span. */
export interface HeadCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

/** A body row: its label and the paths of its value cells (with the label of each, for screen readers). */
export interface BodyRow {
  readonly label: string;
  readonly cells: readonly { readonly path: string; readonly label: string; readonly colSpan?: number }[];
}

export interface Form {
  readonly caption: string;
  /** blocks of header rows followed by their body rows */
  readonly blocks: readonly { readonly head: readonly (readonly HeadCell[])[]; readonly rows: readonly BodyRow[] }[];
}

function block(title: string, columns: readonly string[], rows: readonly [string, string, readonly string[]][]) {
  const width = 3;
  return {
    head: [[{ text: title, colSpan: width + 1 }], [{ text: '信息内容' }, ...columns.map((c, i) => ({ text: c, ...(i === columns.length - 1 && columns.length < width ? { colSpan: width - columns.length + 1 } : {}) }))]],
    rows: rows.map(([label, base, keys]) => ({
      label,
      cells: keys.map((k, i) => ({
        path: `activeDisclosure.${base}.${k}`,
        label: `${label}·${columns[i]}`,
        ...(i === keys.length - 1 && keys.length < width ? { colSpan: width - keys.length + 1 } : {}),
      })),
    })),
  };
}

const ACTIVE_2021: Form = {
  caption: '二、主动公开政府信息情况',
  blocks: [
    /* @__PURE__ */ block('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], [
      ['规章', 'rules', ['issued', 'repealed', 'inForce']],
      ['行政规范性文件', 'normativeDocuments', ['issued', 'repealed', 'inForce']],
    ]),
    /* @__PURE__ */ block('第二十条第（五）项', ['本年处理决定数量'], [['行政许可', 'licensing', ['decisions']]]),
    /* @__PURE__ */ block('第二十条第（六）项', ['本年处理决定数量'], [
      ['行政处罚', 'penalty', ['decisions']],
      ['行政强制', 'coercion', ['decisions']],
    ]),
    /* @__PURE__ */ block('第二十条第（八）项', ['本年收费金额（单位：万元）'], [['行政事业性收费', 'fees', ['amount']]]),
  ],
};

const ITEMS_2019 = ['上一年项目数量', '本年增/减', '处理决定数量'];
const ACTIVE_2019: Form = {
  caption: '二、主动公开政府信息情况',
  blocks: [
    /* @__PURE__ */ block('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], [
      ['规章', 'rules', ['newlyMade', 'newlyPublished', 'totalPublished']],
      ['规范性文件', 'normativeDocuments', ['newlyMade', 'newlyPublished', 'totalPublished']],
    ]),
    /* @__PURE__ */ block('第二十条第（五）项', ITEMS_2019, [
      ['行政许可', 'licensing', ['previousYear', 'change', 'decisions']],
      ['其他对外管理服务事项', 'otherServices', ['previousYear', 'change', 'decisions']],
    ]),
    /* @__PURE__ */ block('第二十条第（六）项', ITEMS_2019, [
      ['行政处罚', 'penalty', ['previousYear', 'change', 'decisions']],
      ['行政强制', 'coercion', ['previousYear', 'change', 'decisions']],
    ]),
    /* @__PURE__ */ block('第二十条第（八）项', ['上一年项目数量', '本年增/减'], [['行政事业性收费', 'fees', ['previousYear', 'change']]]),
    /* @__PURE__ */ block('第二十条第（九）项', ['采购项目数量', '采购总金额'], [['政府集中采购', 'procurement', ['projects', 'amount']]]),
  ],
};

function applications(edition: Edition): Form {
  const rows = edition === '2019' ? ROWS_2019 : ROWS_2021;
  return {
    caption: '三、收到和处理政府信息公开申请情况',
    blocks: [
      {
        head: [
          [{ text: '申请人情况', rowSpan: 2 }, { text: '自然人', rowSpan: 2 }, { text: '法人或其他组织', colSpan: 5 }, { text: '总计', rowSpan: 2 }],
          COLUMNS.slice(1, 6).map((c) => ({ text: COLUMN_LABELS[c] })),
        ],
        rows: rows.map((r) => ({
          label: r.label,
          cells: COLUMNS.map((c) => ({ path: `applications.${r.path}.${c}`, label: `${r.label}·${COLUMN_LABELS[c]}` })),
        })),
      },
    ],
  };
}

const GROUP_HEADS: readonly HeadCell[] = [
  { text: '行政复议', colSpan: 5, rowSpan: 2 },
  { text: '行政诉讼', colSpan: 10 },
];

const REVIEW: Form = {
  caption: '四、政府信息公开行政复议、行政诉讼情况',
  blocks: [
    {
      head: [
        [{ text: '', rowSpan: 3 }, ...GROUP_HEADS],
        [{ text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
        /* @__PURE__ */ REVIEW_GROUPS.flatMap(() => OUTCOMES.map((o) => ({ text: OUTCOME_LABELS[o] }))),
      ],
      rows: [
        {
          label: '件数',
          cells: /* @__PURE__ */ REVIEW_GROUPS.flatMap((g) =>
            OUTCOMES.map((o) => ({
              path: `reviewLitigation.${g}.${o}`,
              label: `${g === 'review' ? '行政复议' : g === 'litigationDirect' ? '行政诉讼（未经复议直接起诉）' : '行政诉讼（复议后起诉）'}·${OUTCOME_LABELS[o]}`,
            })),
          ),
        },
      ],
    },
  ],
};

/** The three forms of an edition (`unknown` is drawn as 2021, as validate() checks it). */
export function formsOf(edition: Edition): readonly Form[] {
  return [edition === '2019' ? ACTIVE_2019 : ACTIVE_2021, applications(edition), REVIEW];
}
