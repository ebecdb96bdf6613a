import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Checker } from '../useChecker';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Lag behovsmelding and Eksporter, once the table has been checked. */
export function MeldingPanel({ checker, errors }: { checker: Checker; errors: number }) {
  const styles = useStyles();
  const made = checker.melding;
  return (
    <section className={styles.panel} aria-label="Behovsmelding">
      <Text as="h2" weight="semibold">
        Behovsmelding
      </Text>
      {errors > 0 && (
        <Text>
          Tabellen har {errors} feil. Meldingen kan lages som utkast, tydelig merket «UTKAST – ikke komplett», til feilene er rettet.
        </Text>
      )}
      <div className={styles.actions}>
        <Button appearance={errors > 0 ? 'secondary' : 'primary'} onClick={() => void checker.makeMelding()}>
          {errors > 0 ? 'Lag behovsmelding (utkast)' : 'Lag behovsmelding'}
        </Button>
      </div>
      {made && (
        <>
          <MessageBar intent={made.doc.meldinger.some((m) => m.status === 'utkast') ? 'warning' : 'success'} role="status">
            <MessageBarBody>
              Laget {made.sheets.length === 1 ? 'arket' : 'arkene'} {made.sheets.map((s) => `«${s}»`).join(', ')}.
            </MessageBarBody>
          </MessageBar>
          <Text id="eksporter">Eksporter meldingen som egen fil:</Text>
          <div className={styles.actions} role="group" aria-labelledby="eksporter">
            <Button disabled={checker.exporting} onClick={() => void checker.exportAs('xlsx')}>
              Excel (xlsx)
            </Button>
            <Button disabled={checker.exporting} onClick={() => void checker.exportAs('pdf')}>
              PDF
            </Button>
            <Button disabled={checker.exporting} onClick={() => void checker.exportAs('json')}>
              JSON
            </Button>
          </div>
          {checker.delivered && (
            <MessageBar intent="info" role="status">
              <MessageBarBody>{checker.delivered}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
