/**
 * Hand-written declaration for `validate.generated.js`, the standalone validator that
 * `scripts/build-schema.mjs` compiles from `schema/report.schema.json` (run `npm run schema`).
 * The generated module imports nothing: no ajv at run time, no eval / new Function.
 */

/** One schema violation, in ajv's `ErrorObject` shape (allErrors mode: every violation is listed). */
export interface ValidationError {
  /** JSON Pointer to the offending value, e.g. `/applications/newReceived/total` (`""` = the root) */
  instancePath: string;
  /** JSON Pointer into the schema, e.g. `#/$defs/cell/type` */
  schemaPath: string;
  /** the schema keyword that failed: `type`, `required`, `additionalProperties`, `pattern`, … */
  keyword: string;
  /** keyword-specific details, e.g. `{ missingProperty: 'total' }`, `{ additionalProperty: 'x' }` */
  params: Record<string, unknown>;
  /** ajv's English message, e.g. `must be number,null` */
  message?: string;
}

export interface ReportValidator {
  /** true when `data` matches the schema; otherwise false, with the violations in `errors` */
  (data: unknown): boolean;
  /** the violations found by the last call; `null` after a passing call (unset before the first call) */
  errors?: ValidationError[] | null;
}

declare const validate: ReportValidator;
export default validate;
export { validate };
