import { patientRun } from '../../src/excel/run';
import { EXCEL_OLDEST } from '../office-host/profiles';
import { tiltakHost } from './workbooks';

/** A batch of two requests; the user starts editing a cell between them, the first time only. */
function twoRequests(host: ReturnType<typeof tiltakHost>['host'], tries: { n: number }) {
  return async (context: Excel.RequestContext) => {
    tries.n++;
    const a1 = context.workbook.worksheets.getItem('Tiltak').getRange('A1').load('values');
    await context.sync();
    if (tries.n === 1) {
      host.beginCellEdit();
      setTimeout(() => host.endCellEdit(), 5);
    }
    context.workbook.worksheets.getItem('Tiltak').getRange('R1').values = [[`${String(a1.values[0]![0])} (sett)`]];
    await context.sync();
  };
}

describe('actions while the user edits a cell, where the client cannot ask Excel to wait (no DelayForCellEdit)', () => {
  it('starts a restartable batch over when its second request is refused, and it then completes', async () => {
    const { host, sheet } = tiltakHost(EXCEL_OLDEST, 1);
    const tries = { n: 0 };
    await patientRun(host.run, { restartable: true, waits: [20, 20] })(twoRequests(host, tries));
    expect(tries.n).toBe(2);
    expect(sheet.get('R1')).toBe('Behovsmelding 2024 (sett)');
  });

  it('does not start a batch over once its first request went through, unless it may', async () => {
    const { host, sheet } = tiltakHost(EXCEL_OLDEST, 1);
    const tries = { n: 0 };
    await expect(patientRun(host.run, { waits: [20, 20] })(twoRequests(host, tries))).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    expect(tries.n).toBe(1);
    expect(sheet.get('R1')).toBeNull();
  });
});
