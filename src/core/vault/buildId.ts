/** Replaced by the bundler with a hash of the sources (scripts/build.mjs). */
declare const ONE_ON_ONE_BUILD: string | undefined;

/**
 * The build that is running: a persisted index written by another build is not used (its parser
 * may have read the files differently). Code compiled without the bundler (the unit tests) is `dev`.
 */
export const BUILD_ID: string = typeof ONE_ON_ONE_BUILD === 'string' ? ONE_ON_ONE_BUILD : 'dev';
