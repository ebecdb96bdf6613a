import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Summary as Counts } from '../../domain/validate';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line a user understands: how many tiltak, errors, warnings – or that all is well. */
export function Summary({ summary, sheet }: { summary: Counts; sheet: string }) {
  const text = `${plural(summary.rows, 'tiltak', 'tiltak')} sjekket på arket «${sheet}»: ${plural(summary.errors, 'feil', 'feil')}, ${plural(summary.warnings, 'advarsel', 'advarsler')}, ${plural(summary.infos, 'råd', 'råd')}.`;
  if (summary.errors === 0 && summary.warnings === 0) {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          <MessageBarTitle>Alt ser bra ut</MessageBarTitle>
          {text} Meldingen kan lages.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={summary.errors > 0 ? 'error' : 'warning'} role="status">
      <MessageBarBody>
        <MessageBarTitle>{summary.errors > 0 ? 'Noe må rettes' : 'Se over advarslene'}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
