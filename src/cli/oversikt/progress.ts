import type { FileResult } from '../../domain/oversikt/model';
import type { Texts } from '../../i18n/texts';
import type { CheckableFile } from './pool';

export interface Progress {
  started(file: CheckableFile): void;
  done(file: CheckableFile, result: FileResult): void;
  /** Clears the bar, so what follows starts on a clean line. */
  end(): void;
}

/** What a progress display writes to: raw text (a terminal) or whole lines. */
export interface ProgressOutput {
  /** Set when stderr is a terminal: the bar is redrawn in place on one line. */
  terminal?: { write: (text: string) => void; columns: number };
  line: (text: string) => void;
}

const BAR_WIDTH = 24;

/**
 * Files done / total and the file at hand: one bar redrawn in place on a terminal, one plain
 * line per finished file otherwise (logs, CI, a pipe). Written by hand: a progress library
 * would bring a dependency for one redrawn line and still need the plain-line mode.
 */
export function progressDisplay(total: number, output: ProgressOutput, texts: Texts): Progress {
  let done = 0;
  const terminal = output.terminal;
  const redraw = (file: string) => {
    if (!terminal) return;
    const filled = Math.round((done / total) * BAR_WIDTH);
    const head = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
    const room = Math.max(0, terminal.columns - head.length - 1);
    const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
    terminal.write(`\r${head}${name}\x1b[K`);
  };
  return {
    started: (file) => redraw(file.shown),
    done(file, result) {
      done++;
      if (terminal) redraw(file.shown);
      else output.line(texts.cli.oversikt.progressLine({ done, total, file: file.shown, ok: result.ok }));
    },
    end: () => terminal?.write('\r\x1b[K'),
  };
}
