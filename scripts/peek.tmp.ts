import { readFileSync } from 'node:fs';
import { readWorkbookGridSync } from '../src/xlsx/read';
const g = readWorkbookGridSync(new Uint8Array(readFileSync(process.argv[2]!)));
for (const s of g.sheets) { console.log('##', s.name, s.hidden ?? '', JSON.stringify(s.tables), JSON.stringify(s.merges)); for (const r of s.cells.slice(0, Number(process.argv[3] ?? 8))) console.log(JSON.stringify(r)); }
