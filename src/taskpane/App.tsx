import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { headerColumns } from '../table/read';
import { FindingItem, FindingList } from './components/FindingList';
import { MappingEditor } from './components/MappingEditor';
import { MeldingPanel } from './components/MeldingPanel';
import { PartnershipForm } from './components/PartnershipForm';
import { ProfilePicker } from './components/ProfilePicker';
import { Summary } from './components/Summary';
import type { WorkbookPort } from '../port/workbook-port';
import { useChecker } from './useChecker';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
});

/** The task pane: profile, Valider, summary, findings; the same in Excel and in demo mode. */
export function App({ port, notice }: { port: WorkbookPort; notice?: string }) {
  const styles = useStyles();
  const c = useChecker(port);
  const result = c.outcome;
  const atSelection =
    result?.ok && c.selected ? result.findings.filter((f) => f.sheet === c.selected!.sheet && f.cells.includes(c.selected!.address)) : [];
  const tiltakSheet = result?.ok ? result.grid?.sheets.find((s) => s.name === result.table.sheet) : undefined;

  return (
    <main className={styles.pane} aria-busy={c.status === 'checking'}>
      <Title3 as="h1">Behovsmelding</Title3>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <ProfilePicker state={c.profile} choice={result?.choice} onChange={c.profileChanged} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void c.validate()} disabled={c.status === 'checking'}>
          Valider
        </Button>
        <Button onClick={() => void c.clear()} disabled={c.status === 'checking'}>
          Fjern markering
        </Button>
      </div>

      {c.status === 'checking' && <Spinner size="tiny" label="Sjekker tiltakene …" />}
      {c.status === 'idle' && (
        <Text>Trykk Valider for å sjekke tiltakene i arbeidsboken. Problemene markeres på cellene, med råd om hvordan de rettes.</Text>
      )}
      {c.status === 'cleared' && <Text role="status">Markeringene er fjernet. Verdiene dine er uendret.</Text>}
      {c.failure && (
        <MessageBar intent="error">
          <MessageBarBody>{c.failure}</MessageBarBody>
        </MessageBar>
      )}
      {result && !result.ok && (
        <MessageBar intent="error">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}

      {result?.ok && (
        <>
          <Summary summary={result.summary} sheet={result.table.sheet} />
          {atSelection.length > 0 && (
            <section aria-label={`Funn i ${c.selected!.address}`}>
              <Text weight="semibold">I cellen {c.selected!.address}:</Text>
              <ul className={styles.list}>
                {atSelection.map((f, i) => (
                  <FindingItem key={`${f.rule}-${i}`} finding={f} />
                ))}
              </ul>
            </section>
          )}
          <MeldingPanel checker={c} errors={result.summary.errors} />
          <FindingList findings={result.findings} table={result.table} onGoTo={(f) => void c.goTo(f)} />
          <Accordion collapsible>
            {result.partnership === null && (
              <AccordionItem value="partnerskap">
                <AccordionHeader>Lag arket Partnerskap</AccordionHeader>
                <AccordionPanel>
                  <PartnershipForm onCreate={c.createPartnership} />
                </AccordionPanel>
              </AccordionItem>
            )}
            <AccordionItem value="kolonner">
              <AccordionHeader>Kolonner ({Object.keys(result.table.mapping).length} gjenkjent)</AccordionHeader>
              <AccordionPanel>
                {tiltakSheet && (
                  <MappingEditor
                    table={result.table}
                    columns={headerColumns(tiltakSheet, result.table.headerRow)}
                    overrides={c.overrides}
                    onSave={c.changeOverrides}
                  />
                )}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </main>
  );
}
