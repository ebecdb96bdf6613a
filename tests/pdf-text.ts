import { spawnSync } from 'node:child_process';
import path from 'node:path';

const READER = path.join(__dirname, 'read-pdf-text.mjs');

/** The text of each page of a PDF, line by line, as PDF.js reads it (see read-pdf-text.mjs). */
export function pdfPages(pdf: Uint8Array): string[] {
  const result = spawnSync(process.execPath, [READER], { input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`PDF.js could not read the PDF: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout) as string[];
}

/** All the text of a PDF, pages one after another. */
export const pdfText = (pdf: Uint8Array): string => pdfPages(pdf).join('\n');

/** Words `<tag>00001 <tag>00002 …` cut to `length` characters: a word lost, doubled or moved shows in `wordsTagged`. */
export function numberedWords(tag: string, length: number): string {
  const words: string[] = [];
  for (let i = 1, size = 0; size < length; i++) {
    const word = `${tag}${String(i).padStart(5, '0')}`;
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ').slice(0, length).trimEnd();
}

/** The words `<tag>nnnnn` of a text, in reading order: lines of one cell come in order, whatever is between them. */
export const wordsTagged = (text: string, tag: string): string[] => text.match(new RegExp(`${tag}\\d{5}`, 'g')) ?? [];
