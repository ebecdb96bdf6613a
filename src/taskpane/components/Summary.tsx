import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { Summary as Counts } from '../../domain/validate';
import { useTexts } from '../texts';

/**
 * One box: how many tiltak, errors, warnings – or that all is well. While a re-check runs the box
 * keeps its place and says "Sjekker …" in its title, so nothing below it moves.
 */
export function Summary({ summary, sheet, checking, cleared }: { summary: Counts; sheet: string; checking: boolean; cleared: boolean }) {
  const t = useTexts().pane.summary;
  const clean = summary.errors === 0 && summary.warnings === 0;
  const title = checking ? t.checking : clean ? t.clean : summary.errors > 0 ? t.mustFix : t.reviewWarnings;
  return (
    <MessageBar
      intent={clean ? 'success' : summary.errors > 0 ? 'error' : 'warning'}
      icon={checking ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {[t.counts({ ...summary, sheet }), clean && t.canMake, cleared && t.cleared].filter(Boolean).join(' ')}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The first check, in the same box the result will fill. */
export function CheckingSummary() {
  const t = useTexts().pane.summary;
  return (
    <MessageBar intent="info" icon={<Spinner size="extra-tiny" aria-hidden />}>
      <MessageBarBody>
        <MessageBarTitle>{t.checking}</MessageBarTitle>
        {t.firstCheck}
      </MessageBarBody>
    </MessageBar>
  );
}
