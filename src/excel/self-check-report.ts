import type { Texts } from '../i18n';
import type { SelfCheckReport, SelfCheckStep, SelfCheckStepId } from './self-check';

const MARK: Record<SelfCheckStep['status'], string> = { ok: '✓', failed: '✗', skipped: '–' };

/**
 * «Sjekk oppsettet» as plain text for a support ticket: the add-in's version, Excel's platform,
 * build and requirement sets, then one line per operation with Excel's own error code.
 */
export function selfCheckText(report: SelfCheckReport, t: Texts, addinVersion: string): string {
  const s = t.excel.selfCheck;
  const name = (id: SelfCheckStepId) => s.steps[id];
  const why = (step: SelfCheckStep): string => {
    if (step.status === 'ok') return s.ok;
    if (step.status === 'skipped') {
      const reason = step.skipped?.notAsked
        ? s.notAsked
        : step.skipped?.needs && step.skipped.needs in s.steps
          ? s.needsStep({ step: name(step.skipped.needs as SelfCheckStepId) })
          : s.needsSet({ set: step.skipped?.needs ?? '' });
      return `${s.skipped} (${reason})`;
    }
    if (step.mismatch) return `${s.failed}: ${s.mismatch(step.mismatch)}`;
    if (step.code) return `${s.failed}: ${s.code({ code: step.code, detail: step.detail })}`;
    return `${s.failed}: ${s.error({ detail: step.detail ?? '' })}`;
  };
  return [
    s.heading,
    s.addin({ version: addinVersion }),
    s.platform({ platform: report.platform }),
    s.version({ version: report.version }),
    s.excelApi({ version: report.excelApi }),
    ...report.sets.map((set) => s.set(set)),
    s.sheet({ sheet: report.sheet }),
    '',
    ...report.steps.map((step) => `${MARK[step.status]} ${name(step.id)}: ${why(step)}`),
    '',
    selfCheckSummary(report, t).sentence,
  ].join('\n');
}

/** How many of the operations tried failed, and the sentence that says so. */
export function selfCheckSummary(report: SelfCheckReport, t: Texts): { failed: number; sentence: string } {
  const s = t.excel.selfCheck;
  const tried = report.steps.filter((step) => step.status !== 'skipped');
  const failed = tried.filter((step) => step.status === 'failed').length;
  return { failed, sentence: failed === 0 ? s.allOk({ count: tried.length }) : s.someFailed({ failed, count: tried.length }) };
}
