/**
 * Prints the text of a PDF as a JSON array of pages, each page its lines joined by "\n":
 * `node tests/read-pdf-text.mjs < file.pdf`. Mozilla's PDF.js (pdfjs-dist 4, the last major that runs
 * on Node 20) reads the text, so the tests need no Debian program. It is ESM only and jest runs
 * CommonJS, hence a process of its own (tests/pdf-text.ts).
 *
 * PDF.js gives positioned words; a line is the words sharing a baseline, in x order. Words that
 * touch are joined as they are ("Vest-" "Viken"); a gap (a new table cell) becomes one space.
 */
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Baselines closer than this (points) are one line; text lines here are 9 pt or more apart. */
const SAME_LINE = 2;
/** A horizontal gap wider than this (points) between two words is a space. */
const WORD_GAP = 0.5;

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function pageText(items) {
  const words = items
    .filter((item) => item.str !== '')
    .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], end: item.transform[4] + item.width }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const word of words) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - word.y) <= SAME_LINE) line.words.push(word);
    else lines.push({ y: word.y, words: [word] });
  }
  return lines
    .map(({ words: line }) => {
      line.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const word of line) {
        if (text !== '' && word.x - end > WORD_GAP && !text.endsWith(' ') && !word.text.startsWith(' ')) text += ' ';
        text += word.text;
        end = word.end;
      }
      return text.trimEnd();
    })
    .join('\n');
}

const pdf = await getDocument({ data: await readStdin(), isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  pages.push(pageText((await page.getTextContent()).items));
}
await pdf.destroy();
process.stdout.write(JSON.stringify(pages));
