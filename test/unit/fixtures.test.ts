// The committed fixtures must be exactly what the seeded generator makes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFixtures } from '../fixtures/make-fixtures';

const DIR = join(import.meta.dirname, '..', 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';
const { files, expected } = allFixtures();

describe('fixtures', () => {
	for (const f of files) {
		it(`${f.name} matches its generator`, () => {
			const path = join(DIR, f.name);
			if (update || !existsSync(path)) writeFileSync(path, f.bytes);
			expect(new Uint8Array(readFileSync(path))).toEqual(f.bytes);
		});
	}
	for (const [name, value] of Object.entries(expected)) {
		it(`expected/${name} matches its generator`, () => {
			mkdirSync(join(DIR, 'expected'), { recursive: true });
			const path = join(DIR, 'expected', name);
			const text = JSON.stringify(value, null, '\t') + '\n';
			if (update || !existsSync(path)) writeFileSync(path, text);
			expect(readFileSync(path, 'utf8')).toBe(text);
		});
	}
});
