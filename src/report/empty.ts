import type { ActiveDisclosure, Applications, Cell, Counts, DecisionCounts, DocumentCounts, Outcomes, Report, ReviewLitigation } from '../types.js';

/**
 * A report with every field present and null: the fixed shape parsing fills in. Written out as
 * literals (fast to build, one per parse); a test checks every key against the table model.
 * Fields are only ever set through the fixed key lists of the recognizers, never through
 * keys read from the input, so no label can reach an object prototype.
 */
export function emptyCounts(): Counts {
  return { naturalPerson: null, commercial: null, research: null, socialWelfare: null, legalService: null, otherOrg: null, total: null };
}

/**
 * Sets a table 三 row's seven counts, given in COUNT_COLUMNS order, each by its name: a store by
 * a column key held in a variable goes through V8's generic keyed store, several times dearer.
 */
export function setCounts(counts: Counts, values: readonly Cell[]): void {
  counts.naturalPerson = values[0]!;
  counts.commercial = values[1]!;
  counts.research = values[2]!;
  counts.socialWelfare = values[3]!;
  counts.legalService = values[4]!;
  counts.otherOrg = values[5]!;
  counts.total = values[6]!;
}

function emptyDocuments(): DocumentCounts {
  return { issued: null, repealed: null, inForce: null, newlyMade: null, newlyPublished: null, totalPublished: null };
}

function emptyDecisions(): DecisionCounts {
  return { decisions: null, previousYear: null, change: null };
}

function emptyOutcomes(): Outcomes {
  return { upheld: null, corrected: null, other: null, pending: null, total: null };
}

export function emptyActiveDisclosure(): ActiveDisclosure {
  return {
    rules: emptyDocuments(),
    normativeDocuments: emptyDocuments(),
    licensing: emptyDecisions(),
    otherServices: emptyDecisions(),
    penalty: emptyDecisions(),
    coercion: emptyDecisions(),
    fees: { amount: null, previousYear: null, change: null },
    procurement: { projects: null, amount: null, amountUnit: null },
  };
}

export function emptyApplications(): Applications {
  return {
    newReceived: emptyCounts(),
    carriedOver: emptyCounts(),
    granted: emptyCounts(),
    partiallyGranted: emptyCounts(),
    denied: {
      stateSecret: emptyCounts(),
      prohibitedByLaw: emptyCounts(),
      securityStability: emptyCounts(),
      thirdPartyRights: emptyCounts(),
      internalAffairs: emptyCounts(),
      processInformation: emptyCounts(),
      enforcementFiles: emptyCounts(),
      administrativeQuery: emptyCounts(),
    },
    unableToProvide: { notHeld: emptyCounts(), needsCreation: emptyCounts(), unclear: emptyCounts() },
    notProcessed: {
      complaint: emptyCounts(),
      duplicate: emptyCounts(),
      publication: emptyCounts(),
      excessive: emptyCounts(),
      confirmation: emptyCounts(),
    },
    otherDisposal: { overdueCorrection: emptyCounts(), overdueFee: emptyCounts(), other: emptyCounts(), total: emptyCounts() },
    totalProcessed: emptyCounts(),
    carriedForward: emptyCounts(),
  };
}

export function emptyReviewLitigation(): ReviewLitigation {
  return { review: emptyOutcomes(), litigationDirect: emptyOutcomes(), litigationAfterReview: emptyOutcomes() };
}

export function emptyReport(layout: string): Report {
  return {
    meta: { title: null, organization: null, year: null, edition: 'unknown', layout, script: 'simplified' },
    text: { overview: null, problems: null, other: null },
    activeDisclosure: emptyActiveDisclosure(),
    applications: emptyApplications(),
    reviewLitigation: emptyReviewLitigation(),
    warnings: [],
  };
}

/** The row object of table 三 at a fixed row path such as `denied.stateSecret`. */
export function applicationRow(applications: Applications, rowPath: string): Counts {
  const parts = rowPathParts(rowPath);
  const group = parts[0];
  const row = parts[1];
  const holder = applications as unknown as Record<string, unknown>;
  if (!Object.hasOwn(holder, group)) throw new Error(`unknown row path ${rowPath}`);
  const first = holder[group] as Record<string, unknown>;
  if (row === undefined) return first as unknown as Counts;
  if (!Object.hasOwn(first, row)) throw new Error(`unknown row path ${rowPath}`);
  return first[row] as Counts;
}

/** A row path's two keys, split once per path (row paths are the model's few constants). */
const ROW_PATH_PARTS = new Map<string, readonly [string, string | undefined]>();
function rowPathParts(rowPath: string): readonly [string, string | undefined] {
  let parts = ROW_PATH_PARTS.get(rowPath);
  if (parts === undefined) {
    const dot = rowPath.indexOf('.');
    parts = dot < 0 ? [rowPath, undefined] : [rowPath.slice(0, dot), rowPath.slice(dot + 1)];
    if (ROW_PATH_PARTS.size < 1000) ROW_PATH_PARTS.set(rowPath, parts);
  }
  return parts;
}
