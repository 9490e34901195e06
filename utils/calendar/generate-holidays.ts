/**
 * Regenerates utils/calendar/holidays-table.ts from the installed date-holidays package.
 * Run: npx jiti utils/calendar/generate-holidays.ts   (then commit the table; the drift test
 * tests/unit/calendar/holidays-table.test.ts fails until the committed table matches date-holidays).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildHolidayTable, renderHolidayTable } from './holiday-builder';

const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(`${here}../../node_modules/date-holidays/package.json`, 'utf8')) as { version: string };
const text = renderHolidayTable(buildHolidayTable(), pkg.version);
writeFileSync(`${here}holidays-table.ts`, text);
console.log(`holidays-table.ts written (${text.length} chars, date-holidays ${pkg.version})`);
