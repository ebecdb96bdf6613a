/**
 * The Excel hosts the add-in meets in Norwegian municipalities. Volume-licensed Office LTSC 2021
 * stops at ExcelApi 1.14 and 2024 at 1.17 (learn.microsoft.com, "Excel JavaScript API requirement
 * sets"); Microsoft 365 and Excel on the web have the newest set and, on the web, a 5 MB limit
 * per request and per response.
 */
import { apiSetTable } from './api-sets';

export interface HostProfile {
  id: 'excel-2021' | 'excel-2024' | 'web';
  /** Norwegian name for test titles and bench lines. */
  name: string;
  /** Highest ExcelApi minor version: 14 means ExcelApi 1.14. */
  excelApi: number;
  /** Bytes per request and per response; undefined where Excel sets no such limit. */
  payloadLimit?: number;
  /** Office.context.platform. */
  platform: 'PC' | 'Mac' | 'OfficeOnline';
  supports(set: string, minor: number): boolean;
}

function profile(
  id: HostProfile['id'],
  name: string,
  excelApi: number,
  platform: HostProfile['platform'],
  payloadLimit?: number,
): HostProfile {
  const online = platform === 'OfficeOnline';
  return {
    id,
    name,
    excelApi,
    platform,
    payloadLimit,
    supports: (set, minor) =>
      set === 'ExcelApi' ? minor <= excelApi : set === 'ExcelApiOnline' ? online : set === 'DelayForCellEdit' ? minor <= 1 : false,
  };
}

/** The newest ExcelApi the installed type definitions describe. */
function newestExcelApi(): number {
  return Math.max(...[...apiSetTable().values()].filter((a) => a.set === 'ExcelApi').map((a) => a.minor));
}

export const EXCEL_2021 = profile('excel-2021', 'Excel 2021', 14, 'PC');
export const EXCEL_2024 = profile('excel-2024', 'Excel 2024', 17, 'PC');
export const EXCEL_WEB = profile('web', 'Microsoft 365 / Excel på nettet', newestExcelApi(), 'OfficeOnline', 5 * 1024 * 1024);

export const PROFILES: readonly HostProfile[] = [EXCEL_2021, EXCEL_2024, EXCEL_WEB];

/** The same profile on another platform (e.g. Excel 2024 on a Mac). */
export function onPlatform(base: HostProfile, platform: HostProfile['platform']): HostProfile {
  return profile(base.id, `${base.name} (${platform})`, base.excelApi, platform, base.payloadLimit);
}

/** The same profile stopping at another ExcelApi version (an older Office). */
export function withExcelApi(base: HostProfile, excelApi: number): HostProfile {
  return profile(base.id, `${base.name} (ExcelApi 1.${excelApi})`, excelApi, base.platform, base.payloadLimit);
}
