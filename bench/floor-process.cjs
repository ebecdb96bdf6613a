// The floor of reading a workbook (issue 23): a process that only unzips the file with fflate and
// finds every cell tag once. `npm run bench -- floor` sets `validate --json` beside it.
const { unzipSync } = require('fflate');
const { readFileSync } = require('node:fs');
const { TextDecoder } = require('node:util');

const files = unzipSync(new Uint8Array(readFileSync(process.argv[2])));
let cells = 0;
for (const [name, bytes] of Object.entries(files)) {
  if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
  const text = new TextDecoder().decode(bytes);
  for (let at = text.indexOf('<c '); at >= 0; at = text.indexOf('<c ', at + 3)) cells++;
}
process.stdout.write(`${cells}\n`);
