import type { OverviewSettings } from '../../app/oversikt-file';
import type { FileResult } from '../../domain/oversikt/model';
import type { Language } from '../../i18n';

/** A file for the overview's Web Worker: its bytes (transferred, not copied) and what to check it with. */
export interface CheckRequest {
  index: number;
  shown: string;
  bytes: ArrayBuffer;
  settings: OverviewSettings;
  language: Language;
  profileId?: string;
}

export interface CheckAnswer {
  index: number;
  result: FileResult;
}
