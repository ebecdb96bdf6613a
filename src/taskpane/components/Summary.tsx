import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { Summary as Counts } from '../../domain/validate';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The counts a user understands; advice is named only when there is some. */
export function summaryText(summary: Counts, sheet: string): string {
  const counts = [plural(summary.errors, 'feil', 'feil'), plural(summary.warnings, 'advarsel', 'advarsler')];
  if (summary.infos > 0) counts.push(plural(summary.infos, 'råd', 'råd'));
  return `${plural(summary.rows, 'tiltak', 'tiltak')} sjekket på arket «${sheet}»: ${counts.join(', ')}.`;
}

/**
 * One box: how many tiltak, errors, warnings – or that all is well. While a re-check runs the box
 * keeps its place and says "Sjekker …" in its title, so nothing below it moves.
 */
export function Summary({ summary, sheet, checking, cleared }: { summary: Counts; sheet: string; checking: boolean; cleared: boolean }) {
  const clean = summary.errors === 0 && summary.warnings === 0;
  const title = checking ? 'Sjekker …' : clean ? 'Alt ser bra ut' : summary.errors > 0 ? 'Noe må rettes' : 'Se over advarslene';
  return (
    <MessageBar
      intent={clean ? 'success' : summary.errors > 0 ? 'error' : 'warning'}
      icon={checking ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {summaryText(summary, sheet)}
        {clean && ' Meldingen kan lages.'}
        {cleared && ' Markeringene er fjernet – trykk Valider for å markere igjen.'}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The first check, in the same box the result will fill. */
export function CheckingSummary() {
  return (
    <MessageBar intent="info" icon={<Spinner size="extra-tiny" aria-hidden />}>
      <MessageBarBody>
        <MessageBarTitle>Sjekker …</MessageBarTitle>
        Leser tabellen og sjekker tiltakene.
      </MessageBarBody>
    </MessageBar>
  );
}
