/**
 * Every unit test runs in one explicit time zone, whatever the machine's: calendar exports give
 * times in their own zones, shown in the machine's (SPEC §12), and the example vault's calendar is
 * its owner's, in Berlin. Loaded by .mocharc.json before any test; Node reads `TZ` afresh when it
 * is set. Tests of other zones pass one explicitly, or spawn a process with its own `TZ`.
 */
process.env.TZ = 'Europe/Berlin';
