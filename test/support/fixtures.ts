import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'fixtures');

/** Bytes of a committed fixture file. */
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

/** Parsed expected/<name>.json. */
export const expectedJson = <T>(name: string): T =>
	JSON.parse(readFileSync(join(DIR, 'expected', name), 'utf8')) as T;
