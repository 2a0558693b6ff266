import * as v from 'valibot';

/**
 * The messages below never quote the value they refuse: a module's exports are the user's code and data,
 * and a config error is printed.
 */
const callable = (what: string) => v.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', `Use a function (${what}).`);
const text = (what: string) => v.string(`Use a string (${what}).`);
const record = <TItem extends v.GenericSchema>(item: TItem, what: string) => v.record(v.string(), item, `Use an object (${what}).`);
/** An object schema's message: a missing key is reported by its object, with the key's path. */
const objectMessage = (shape: string) => (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? 'This key is missing.' : `Use ${shape}.`);

const FIELD_TYPES = ['string', 'integer', 'boolean', 'object', 'array'] as const;

/** A field spec: its JSON type, and (checked for the walk) its members, items and rule check where it has them. */
const field: v.GenericSchema = v.looseObject(
  {
    type: v.picklist(FIELD_TYPES, `Use one of the field types: ${FIELD_TYPES.join(', ')}.`),
    required: v.optional(v.boolean('Use true or false (required).')),
    check: v.optional(callable('the field check')),
    fields: v.optional(v.lazy(() => record(field, 'the object field\'s fields'))),
    items: v.optional(v.lazy(() => field)),
  },
  objectMessage('a field spec: { type, required?, check?, ... }'),
);

/**
 * The structure of an API record (`ApiSpec`, as `instance-preflight/define` types it) that the linter relies
 * on: what detection, decoding, the walk and vendor-code lookup read. The rules inside the checks are the
 * module's own; a check that throws is reported by the walk, never thrown.
 */
export const ApiRecordSchema = v.looseObject(
  {
    id: v.pipe(text('id'), v.regex(/^[A-Za-z0-9][\w.@-]{0,127}$/, 'Use an id of letters, digits and . _ @ - (at most 128), e.g. "acme.vm.Rebuild".')),
    vendor: v.pipe(text('vendor'), v.nonEmpty('Name the vendor.')),
    action: text('action'),
    version: v.optional(text('version')),
    endpoint: v.pipe(text('endpoint'), v.check((value) => URL.canParse(value), 'Use an absolute URL (endpoint).')),
    method: text('method'),
    wire: v.picklist(['json', 'query', 'json-or-query'], 'Use "json", "query" or "json-or-query" (wire).'),
    doc: text('doc'),
    source: text('source'),
    payload: v.looseObject(
      {
        fields: record(field, 'payload.fields'),
        unknownSeverity: v.picklist(['error', 'warning', 'info'], 'Use "error", "warning" or "info" (unknownSeverity).'),
        checks: v.array(callable('a payload check'), 'Use a list of functions (checks).'),
      },
      objectMessage('a payload spec: { fields, unknownSeverity, checks }'),
    ),
    about: v.looseObject(
      { fields: record(v.looseObject({}, 'Use an object (a field\'s about).'), 'about.fields'), vendor: record(v.looseObject({}, 'Use { code, status } (a vendor code).'), 'about.vendor') },
      objectMessage('an about text: { fields, vendor }'),
    ),
    formFactory: text('formFactory'),
    preflight: v.optional(v.array(callable('a preflight rule'), 'Use a list of functions (preflight).')),
    transportParameters: v.optional(v.array(text('a transport parameter'), 'Use a list of strings (transportParameters).')),
  },
  objectMessage('an API record'),
);
