import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };

/**
 * ical.js, said once for the calendar reader and the export (core/render/icalendar.ts). It is an ES module with a CommonJS build, and this
 * project compiles to CommonJS: a default `import` does not type-check (TS1479), so the build is
 * required and typed from the module's declarations. Under mocha (out/) `require` loads
 * dist/ical.es5.cjs; esbuild bundles the same file (the package's `require` condition).
 * Only parsing, writing, Recur, Duration, Time and Timezone are used: never its global TimezoneService.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const ICAL: typeof ICALModule = require('ical.js');

export type IcalTime = InstanceType<typeof ICALModule.Time>;
export type IcalRecur = InstanceType<typeof ICALModule.Recur>;
export type IcalComponent = InstanceType<typeof ICALModule.Component>;
export type IcalProperty = InstanceType<typeof ICALModule.Property>;
