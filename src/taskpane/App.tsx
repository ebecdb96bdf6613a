import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleData,
} from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useRef, useState, type KeyboardEvent } from 'react';
import { headerColumns } from '../table/read';
import { FindingList } from './components/FindingList';
import { MappingEditor } from './components/MappingEditor';
import { MeldingPanel } from './components/MeldingPanel';
import { PartnershipForm } from './components/PartnershipForm';
import { ProfilePicker } from './components/ProfilePicker';
import { CheckingSummary, Summary } from './components/Summary';
import type { WorkbookPort } from '../port/workbook-port';
import { proposeFix } from './fixes';
import { proposeSplit } from './split-fix';
import { useChecker } from './useChecker';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  // The actions stay in view while the list scrolls, so the focused button never leaves the screen.
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  live: { margin: 0, minHeight: tokens.lineHeightBase300, fontSize: tokens.fontSizeBase300 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const FORM_RULES = new Set(['contact-missing', 'agreement-missing']);

/** The task pane: actions, summary and what changed, the findings, then melding and settings; the same in Excel and in demo mode. */
export function App({ port, notice }: { port: WorkbookPort; notice?: string }) {
  const styles = useStyles();
  const c = useChecker(port);
  const result = c.outcome;
  const checking = c.status === 'checking';
  const tiltakSheet = result?.ok ? result.grid?.sheets.find((s) => s.name === result.table.sheet) : undefined;
  const [open, setOpen] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noResult = !result?.ok;

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    void c.stepFinding(e.key === 'ArrowDown' ? 1 : -1);
  };

  /** From a finding that the form answers: open the form and put the cursor in it. */
  const openForm = () => {
    setOpen((items) => (items.includes('partnerskap') ? items : [...items, 'partnerskap']));
    setTimeout(() => document.querySelector<HTMLInputElement>('#partnerskap-skjema input, #partnerskap-skjema button')?.focus(), 0);
  };

  return (
    <main className={styles.pane} onKeyDown={onKeyDown}>
      <div className={styles.bar}>
        <h1 className={styles.title}>Behovsmelding</h1>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void c.validate()} disabledFocusable={checking}>
            Valider
          </Button>
          <Button
            icon={<ArrowUpRegular />}
            onClick={() => void c.stepFinding(-1)}
            disabledFocusable={noResult}
            aria-keyshortcuts="Alt+ArrowUp"
            title="Alt+pil opp"
          >
            Forrige feil
          </Button>
          <Button
            icon={<ArrowDownRegular />}
            onClick={() => void c.stepFinding(1)}
            disabledFocusable={noResult}
            aria-keyshortcuts="Alt+ArrowDown"
            title="Alt+pil ned"
          >
            Neste feil
          </Button>
          <Button onClick={() => void c.clear()} disabledFocusable={noResult || c.cleared}>
            Fjern markering
          </Button>
        </div>
      </div>
      {notice && <Text className={styles.muted}>{notice}</Text>}

      <div ref={summaryRef} tabIndex={-1} aria-label="Oppsummering" role="region">
        {result?.ok ? (
          <Summary summary={result.summary} sheet={result.table.sheet} checking={checking} cleared={c.cleared} />
        ) : checking ? (
          <CheckingSummary />
        ) : (
          c.status === 'idle' && (
            <Text>Trykk Valider for å sjekke tiltakene. Problemene markeres på cellene, med råd om hvordan de rettes.</Text>
          )
        )}
        {/* The one live region: present from the start, it says what each action changed. */}
        <p className={styles.live} role="status" aria-live="polite" aria-atomic="true" key="live">
          {c.announcement.text}
        </p>
      </div>
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
          <FindingList
            findings={result.findings}
            table={result.table}
            current={c.current}
            onGoTo={(f) => void c.goTo(f)}
            formRules={result.partnership === null ? FORM_RULES : undefined}
            onOpenForm={openForm}
            proposeFor={(f) => proposeFix(f, result.grid, result.choice?.profile ?? c.profile.storedProfile)}
            onFix={async (fix) => {
              await c.applyFix(fix);
              // The fixed finding leaves the list: the focus goes to the summary, which says what changed.
              summaryRef.current?.focus();
            }}
            proposeSplitFor={(f) => proposeSplit(f, result.grid, result.choice?.profile ?? c.profile.storedProfile)}
            onSplit={async (split) => {
              await c.applySplit(split);
              summaryRef.current?.focus();
            }}
          />
          <MeldingPanel checker={c} errors={result.summary.errors} />
        </>
      )}
      <Accordion collapsible multiple openItems={open} onToggle={(_, d: AccordionToggleData<string>) => setOpen(d.openItems as string[])}>
        {result?.ok && result.partnership === null && (
          <AccordionItem value="partnerskap">
            <AccordionHeader>Skjema: arket Partnerskap</AccordionHeader>
            <AccordionPanel id="partnerskap-skjema">
              <PartnershipForm
                onCreate={async (values) => {
                  await c.createPartnership(values);
                  // The form leaves with the sheet made: the focus goes to the summary, not the page.
                  summaryRef.current?.focus();
                }}
              />
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="profil">
          <AccordionHeader>
            Profil: {c.profile.storedProfile?.name ?? (result?.ok ? result.choice?.profile.name : undefined) ?? 'velges ut fra tabellen'}
          </AccordionHeader>
          <AccordionPanel>
            <ProfilePicker state={c.profile} choice={result?.ok ? result.choice : undefined} onChange={c.profileChanged} />
          </AccordionPanel>
        </AccordionItem>
        {result?.ok && (
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
        )}
      </Accordion>
    </main>
  );
}
