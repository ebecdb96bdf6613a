import type { CellRange } from '../table/grid';
import { parseAnyArea } from './address';

/** How long a change event may take to come back after the write that caused it. */
export const ECHO_MS = 5_000;

/**
 * The add-in's own writes, so that their change events are not taken for the user's typing. From
 * ExcelApi 1.14 the event says so itself (`triggerSource`); before, Excel raises the same event for
 * both, and only the place tells them apart: a change inside an area the add-in wrote a moment ago
 * is its own. A user edit of that very area within ECHO_MS is missed by the live re-check (the next
 * edit or Valider sees it).
 */
export class OwnWrites {
  private recent: Array<{ sheetId: string; area: CellRange | 'sheet'; until: number }> = [];
  private inFlight = new Set<Promise<unknown>>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * A write under way: its change events may arrive before it has finished and noted what it
   * wrote, so `settled` waits for it.
   */
  track<T>(write: Promise<T>): Promise<T> {
    const done = write.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(done);
    void done.then(() => this.inFlight.delete(done));
    return write;
  }

  /** Resolves once the writes under way have finished (and noted what they wrote). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  /** A write to `area` of the sheet with this id (`sheet`: the whole sheet, one the add-in made). */
  note(sheetId: string, area: CellRange | 'sheet'): void {
    const now = this.now();
    this.recent = this.recent.filter((w) => w.until > now);
    this.recent.push({ sheetId, area, until: now + ECHO_MS });
  }

  /** Whether a change event for `address` on this sheet is the echo of an own write. */
  isEcho(sheetId: string, address: string): boolean {
    const now = this.now();
    const changed = parseAnyArea(address);
    return this.recent.some(
      (w) => w.until > now && w.sheetId === sheetId && (w.area === 'sheet' || (changed !== undefined && overlaps(w.area, changed))),
    );
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
