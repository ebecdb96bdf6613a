/**
 * The Excel hosts the add-in meets in Norwegian municipalities (learn.microsoft.com, "Excel
 * JavaScript API requirement sets"): the oldest build the manifest admits (ExcelApi 1.9: Microsoft
 * 365 from 2019, Version 1903 on Windows, 16.24 on Mac), volume-licensed Office LTSC 2021 (1.14) and
 * 2024 (1.17), and Microsoft 365 / Excel on the web with the newest set and, on the web, a 5 MB limit
 * per request and per response.
 *
 * What differs by version, as documented or reported, follows from `excelApi`: `triggerSource` on
 * change events from 1.14; writes that keep Excel's undo list from 1.20 (before, any add-in write
 * clears it). The hidden set `DelayForCellEdit`, which the client asks before it sends
 * `delayForCellEdit`, is not documented per build: the oldest profile lacks it, so both paths run.
 */
import { apiSetTable } from './api-set-source';

export interface HostProfile {
  id: 'oldest' | 'excel-2021' | 'excel-2024' | 'web';
  /** Norwegian name for test titles and bench lines. */
  name: string;
  /** Highest ExcelApi minor version: 14 means ExcelApi 1.14. */
  excelApi: number;
  /** Bytes per request and per response; undefined where Excel sets no such limit. */
  payloadLimit?: number;
  /** Office.context.platform. */
  platform: 'PC' | 'Mac' | 'OfficeOnline';
  /** Whether the client sees the hidden set DelayForCellEdit (else a request during cell editing fails). */
  delayForCellEdit: boolean;
  supports(set: string, minor: number): boolean;
}

/** Change events carry `triggerSource` from ExcelApi 1.14 (WorksheetChangedEventArgs). */
export const TRIGGER_SOURCE_FROM = 14;
/** From ExcelApi 1.20 an add-in's writes join Excel's undo list instead of clearing it. */
export const UNDO_FROM = 20;

function profile(
  id: HostProfile['id'],
  name: string,
  excelApi: number,
  platform: HostProfile['platform'],
  options: { payloadLimit?: number; delayForCellEdit?: boolean } = {},
): HostProfile {
  const online = platform === 'OfficeOnline';
  const delayForCellEdit = options.delayForCellEdit ?? true;
  return {
    id,
    name,
    excelApi,
    platform,
    payloadLimit: options.payloadLimit,
    delayForCellEdit,
    supports: (set, minor) => {
      if (set === 'ExcelApi') return minor <= excelApi;
      if (set === 'ExcelApiOnline') return online;
      if (set === 'DelayForCellEdit') return delayForCellEdit && minor <= 1;
      // Dialogs are in every Office that runs ExcelApi 1.9 (DialogApi 1.1 came with Office 2016).
      if (set === 'DialogApi') return minor <= 2;
      return false;
    },
  };
}

/** The newest ExcelApi the installed type definitions describe. */
function newestExcelApi(): number {
  return Math.max(...[...apiSetTable().values()].filter((a) => a.set === 'ExcelApi').map((a) => a.minor));
}

export const EXCEL_OLDEST = profile('oldest', 'Eldste Excel manifestet tillater', 9, 'PC', { delayForCellEdit: false });
export const EXCEL_2021 = profile('excel-2021', 'Excel 2021', 14, 'PC');
export const EXCEL_2024 = profile('excel-2024', 'Excel 2024', 17, 'PC');
export const EXCEL_WEB = profile('web', 'Microsoft 365 / Excel på nettet', newestExcelApi(), 'OfficeOnline', {
  payloadLimit: 5 * 1024 * 1024,
});

export const PROFILES: readonly HostProfile[] = [EXCEL_OLDEST, EXCEL_2021, EXCEL_2024, EXCEL_WEB];

export function findHostProfile(id: string): HostProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

const optionsOf = (base: HostProfile) => ({ payloadLimit: base.payloadLimit, delayForCellEdit: base.delayForCellEdit });

/** The same profile on another platform (e.g. Excel 2024 on a Mac). */
export function onPlatform(base: HostProfile, platform: HostProfile['platform']): HostProfile {
  return profile(base.id, `${base.name} (${platform})`, base.excelApi, platform, optionsOf(base));
}

/** The same profile stopping at another ExcelApi version (an older Office). */
export function withExcelApi(base: HostProfile, excelApi: number): HostProfile {
  return profile(base.id, `${base.name} (ExcelApi 1.${excelApi})`, excelApi, base.platform, optionsOf(base));
}

/** The same profile with or without the hidden set DelayForCellEdit. */
export function withDelayForCellEdit(base: HostProfile, delayForCellEdit: boolean): HostProfile {
  return profile(base.id, `${base.name} (${delayForCellEdit ? 'med' : 'uten'} DelayForCellEdit)`, base.excelApi, base.platform, {
    ...optionsOf(base),
    delayForCellEdit,
  });
}
