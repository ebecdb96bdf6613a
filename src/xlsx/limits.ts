/**
 * How far the reader goes with a file before it refuses it, and the typed refusal it throws.
 * A coordinator reads files from dozens of senders: a file made to hurt (a zip bomb, a sheet
 * that claims row two billion, XML that makes a scanner backtrack) must cost one sentence, not
 * the run. Every bound is far above what a real behovsmelding holds, and most are Excel's own.
 */
export const LIMITS = {
  /** Entries in the zip's central directory; a large real workbook has a few hundred. */
  entries: 10_000,
  /** Inflated bytes of one part that is read (a 100 000-row sheet is ~70 MB of XML). */
  partBytes: 256 << 20,
  /** Inflated bytes of every part read from one file together. */
  totalBytes: 512 << 20,
  /** Excel's last row and column (1 048 576 rows, XFD = 16 384 columns). */
  rows: 1_048_576,
  columns: 16_384,
  /** Characters a cell can hold in Excel. */
  cellText: 32_767,
  /** Non-empty cells of one workbook the reader keeps (the 100 000-row benchmark has 2 million). */
  cells: 4_000_000,
  /** Merged areas of one sheet. */
  merges: 100_000,
  /** One start tag or one run of text in a part, before decoding (a cell's 32 767 characters, escaped). */
  token: 1 << 20,
  /** Element nesting: SpreadsheetML nests a dozen deep, ODS a little more. */
  depth: 256,
  /** Attributes of one start tag. */
  attributes: 512,
} as const;

/** Where in a file a problem is: the sheet the user knows, else the part's path in the package. */
export interface Where {
  sheet?: string;
  part?: string;
}

/**
 * Why a file is not read, with what the sentence about it needs. `where` names the place in the
 * file when it helps the user or the sender find it.
 */
export type ReadProblem =
  | { kind: 'damaged'; where?: Where; afterRow?: number }
  | { kind: 'doctype'; where?: Where }
  | { kind: 'tooManyEntries'; count: number; max: number }
  | { kind: 'tooLarge'; max: number }
  | { kind: 'tooManyCells'; max: number; where?: Where }
  | { kind: 'outOfRange'; where?: Where; row?: number; column?: number }
  | { kind: 'textTooLong'; where?: Where; cell?: string; max: number }
  | { kind: 'notAWorkbook' }
  | { kind: 'encrypted' }
  /** A CSV file partly in UTF-8 and partly not; `utf8`: most of it is UTF-8, `line` the first line that is not (else the first that is). */
  | { kind: 'mixedEncoding'; line: number; utf8: boolean }
  | { kind: 'unsupported'; where?: Where };

/** Thrown by the reader when a file is damaged or past a bound; open.ts turns it into one sentence. */
export class ReadRefusal extends Error {
  constructor(readonly problem: ReadProblem) {
    super(problem.kind);
  }

  /** The same refusal, naming where in the file it happened unless it already does. */
  at(where: Where | undefined): ReadRefusal {
    if (where === undefined || ('where' in this.problem && this.problem.where !== undefined)) return this;
    if (!['damaged', 'doctype', 'tooManyCells', 'outOfRange', 'textTooLong', 'unsupported'].includes(this.problem.kind)) return this;
    return new ReadRefusal({ ...this.problem, where } as ReadProblem);
  }
}

export const damaged = (where?: Where) => new ReadRefusal(where === undefined ? { kind: 'damaged' } : { kind: 'damaged', where });

/** Counts what one file costs against the bounds shared by all its parts. */
export class Budget {
  private bytes = 0;
  private cellCount = 0;

  inflated(bytes: number): void {
    this.bytes += bytes;
    if (bytes > LIMITS.partBytes) throw new ReadRefusal({ kind: 'tooLarge', max: LIMITS.partBytes });
    if (this.bytes > LIMITS.totalBytes) throw new ReadRefusal({ kind: 'tooLarge', max: LIMITS.totalBytes });
  }

  /** One more non-empty cell kept; `count` more at once for repeated cells. */
  cells(count = 1): void {
    this.cellCount += count;
    if (this.cellCount > LIMITS.cells) throw new ReadRefusal({ kind: 'tooManyCells', max: LIMITS.cells });
  }
}
