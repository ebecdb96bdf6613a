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
  mergeClasses,
  tokens,
  type AccordionToggleData,
} from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Clock } from '../app/check';
import type { Comparison } from '../app/compare';
import { localToday } from '../app/dates';
import type { GridEdit } from '../app/edits';
import { proposeFix } from '../app/fixes';
import { previewEdit } from '../app/preview';
import { selectionListsPlan } from '../app/selection-lists';
import { proposeSplit } from '../app/split';
import { LANGUAGES, type Texts } from '../i18n';
import type { WorkbookPort } from '../port/workbook-port';
import { headerColumns } from '../table/read';
import { describeComparison } from './announce';
import { FindingList, type FindingOffers } from './components/FindingList';
import { MeldingPanel } from './components/MeldingPanel';
import { HelpSection, MappingEditor } from './components/on-demand';
import { PartnershipForm } from './components/PartnershipForm';
import { ProfilePicker } from './components/ProfilePicker';
import { TemplatePanel } from './components/TemplatePanel';
import { CheckingSummary, Summary } from './components/Summary';
import { usePane } from './state/usePane';
import { TextsContext } from './texts';
import { useStickyBar } from './useStickyBar';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
    // Whatever is scrolled or focused into view stays clear of the sticky bar, at its real height.
    '& *': { scrollMarginTop: 'calc(var(--pane-bar-height, 0px) + 8px)' },
    // A button that cannot be used yet stays readable (Fluent's disabled grey is faint in dark mode);
    // the dashed border still says it is not available.
    '& button[aria-disabled="true"], & button[aria-disabled="true"]:hover': {
      color: tokens.colorNeutralForeground3,
      borderTopStyle: 'dashed',
      borderRightStyle: 'dashed',
      borderBottomStyle: 'dashed',
      borderLeftStyle: 'dashed',
    },
  },
  bar: {
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // The actions stay in view while the list scrolls, unless the bar would cover too much (useStickyBar).
  sticky: { position: 'sticky', top: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  live: { margin: 0, minHeight: tokens.lineHeightBase300, fontSize: tokens.fontSizeBase300 },
  muted: { color: tokens.colorNeutralForeground2 },
  languages: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

const FORM_RULES = new Set(['contact-missing', 'agreement-missing']);

/** The coordinator's overview loads when its section is first opened: most users never open it. */
const OversiktPanel = lazy(() =>
  import(/* webpackChunkName: "oversikt-panel" */ './components/OversiktPanel').then((m) => ({ default: m.OversiktPanel })),
);

/**
 * The task pane: actions, summary and what changed, the findings, then melding and settings; the
 * same in Excel and in demo mode. It renders the state of usePane and calls its actions.
 */
export function App({
  port,
  notice,
  demo = false,
  clock,
  frame = (pane) => pane,
}: {
  port: WorkbookPort;
  /** What this host cannot do, worded in the pane's language (null when nothing is missing). */
  notice?: (texts: Texts) => string | null;
  /** Demo mode: says so, and the demo's sheet (in `frame`) shares the pane's language. */
  demo?: boolean;
  /** The date checks run as of (the demo: its sample's round); today by default. */
  clock?: Clock;
  /** What surrounds the pane on the page (the demo puts its sheet beside it). */
  frame?: (pane: ReactNode) => ReactNode;
}) {
  const styles = useStyles();
  const today = useMemo(() => localToday(), []);
  const pane = usePane(port, clock ?? today);
  const { state, actions, texts } = pane;
  const t = texts.pane;
  const hostNotice = useMemo(() => notice?.(texts), [notice, texts]);
  const result = state.outcome;
  const checking = state.status === 'checking';
  const noResult = !result?.ok;
  const tiltakSheet = result?.ok ? result.grid?.sheets.find((s) => s.name === result.table.sheet) : undefined;
  const [open, setOpen] = useState<string[]>([]);
  const mainRef = useRef<HTMLElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const bar = useStickyBar(barRef);

  // Alt+↓ / Alt+↑ wherever the focus is (in the demo also in the sheet): from the pane the focus
  // moves to the finding, from the sheet it stays in the sheet.
  const { stepFinding } = actions;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      const inPane = mainRef.current?.contains(e.target as Node) ?? false;
      void stepFinding(e.key === 'ArrowDown' ? 1 : -1, { focus: inPane });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [stepFinding]);

  // Focus where the eye is: after a fix on the summary that says what changed, after Neste feil on
  // the finding's first action.
  useEffect(() => {
    if (!state.focus) return;
    if (state.focus.target === 'summary') {
      // Its start in view, below the bar: the summary can be taller than a zoomed pane.
      summaryRef.current?.focus({ preventScroll: true });
      summaryRef.current?.scrollIntoView({ block: 'start' });
    } else if (state.focus.target === 'current') mainRef.current?.querySelector<HTMLElement>('li[aria-current="true"] button')?.focus();
    else {
      // The form's panel mounts as the accordion opens, a moment after the click.
      const timer = setTimeout(
        () => mainRef.current?.querySelector<HTMLElement>('#partnerskap-skjema input, #partnerskap-skjema button')?.focus(),
        0,
      );
      return () => clearTimeout(timer);
    }
  }, [state.focus]);

  /** From a finding that the form answers: open the form and put the cursor in it. */
  const openForm = () => {
    setOpen((items) => (items.includes('partnerskap') ? items : [...items, 'partnerskap']));
    actions.focus('form');
  };

  const describe = useCallback(
    (c: Comparison) => {
      const profile = result?.ok ? result.profile : undefined;
      return describeComparison(texts, c, (key) => profile?.vocabulary.ordninger.find((o) => o.key === key)?.name ?? key);
    },
    [texts, result],
  );
  const offers: FindingOffers | undefined = result?.ok
    ? {
        fixFor: (f) => proposeFix(f, result.grid, result.profile),
        splitFor: (f) => proposeSplit(f, result.grid, result.table, result.profile),
        preview: (edit: GridEdit) => previewEdit(result, edit, texts),
        describe,
        onEdit: actions.applyEdit,
      }
    : undefined;

  const failure = state.failure && !state.failure.place ? state.failure.message : undefined;
  return (
    <TextsContext.Provider value={texts}>
      {frame(
        <main
          ref={mainRef}
          className={styles.pane}
          lang={texts.language}
          style={{ '--pane-bar-height': `${bar.height}px` } as CSSProperties}
        >
          <div ref={barRef} className={mergeClasses(styles.bar, bar.sticky && styles.sticky)}>
            <h1 className={styles.title}>{t.title}</h1>
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => void actions.validate()} disabledFocusable={checking}>
                {t.bar.validate}
              </Button>
              <Button
                icon={<ArrowUpRegular />}
                onClick={() => void actions.stepFinding(-1, { focus: true })}
                disabledFocusable={noResult}
                aria-keyshortcuts="Alt+ArrowUp"
                title={t.bar.previousKeys}
              >
                {t.bar.previous}
              </Button>
              <Button
                icon={<ArrowDownRegular />}
                onClick={() => void actions.stepFinding(1, { focus: true })}
                disabledFocusable={noResult}
                aria-keyshortcuts="Alt+ArrowDown"
                title={t.bar.nextKeys}
              >
                {t.bar.next}
              </Button>
              <Button onClick={() => void actions.clear()} disabledFocusable={noResult || state.cleared}>
                {t.bar.clear}
              </Button>
            </div>
          </div>
          {demo && <Text className={styles.muted}>{t.demo.notice}</Text>}
          {hostNotice && <Text className={styles.muted}>{hostNotice}</Text>}

          <div ref={summaryRef} tabIndex={-1} aria-label={t.summary.region} role="region">
            {result?.ok ? (
              <Summary summary={result.summary} sheet={result.table.sheet} checking={checking} cleared={state.cleared} />
            ) : checking ? (
              <CheckingSummary />
            ) : (
              state.status === 'idle' && <Text>{t.intro}</Text>
            )}
            {result && result.asOf !== today && <Text block>{t.summary.asOf({ date: result.asOf })}</Text>}
            {state.lastEdit && (
              <Text block>
                {t.summary.lastEdit}: {state.lastEdit}
              </Text>
            )}
            {/* The one live region: present from the start, it says what each action changed. */}
            <p className={styles.live} role="status" aria-live="polite" aria-atomic="true" key="live">
              {state.announcement.text}
            </p>
          </div>
          {failure && (
            <MessageBar intent="error">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          )}
          {result && !result.ok && (
            <MessageBar intent="error">
              <MessageBarBody>{result.message}</MessageBarBody>
            </MessageBar>
          )}

          {result?.ok && offers && (
            <>
              <FindingList
                findings={result.findings}
                table={result.table}
                current={state.current}
                onGoTo={(f) => void actions.goTo(f)}
                formRules={result.partnership === null ? FORM_RULES : undefined}
                onOpenForm={openForm}
                offers={offers}
              />
              <MeldingPanel
                state={state}
                errors={result.summary.errors}
                onMake={() => void actions.makeMelding()}
                onExport={(kind) => void actions.exportAs(kind)}
              />
            </>
          )}
          <Accordion
            collapsible
            multiple
            openItems={open}
            onToggle={(_, d: AccordionToggleData<string>) => setOpen(d.openItems as string[])}
          >
            {result?.ok && result.partnership === null && (
              <AccordionItem value="partnerskap">
                <AccordionHeader>{t.form.heading}</AccordionHeader>
                <AccordionPanel id="partnerskap-skjema">
                  <PartnershipForm onCreate={actions.createPartnership} />
                </AccordionPanel>
              </AccordionItem>
            )}
            <AccordionItem value="profil">
              <AccordionHeader>
                {t.profile.heading({
                  name:
                    pane.profile.storedProfile?.name ??
                    (result?.ok ? result.choice?.profile.name : undefined) ??
                    t.profile.automaticHeading,
                })}
              </AccordionHeader>
              <AccordionPanel>
                <ProfilePicker
                  state={pane.profile}
                  choice={result?.ok ? result.choice : undefined}
                  failure={state.failure?.place === 'profile' ? state.failure.message : undefined}
                  onChange={actions.profileChanged}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="mal">
              <AccordionHeader>{t.template.heading}</AccordionHeader>
              <AccordionPanel>
                <TemplatePanel
                  state={state}
                  profileName={pane.templateProfile.name}
                  plan={result ? selectionListsPlan(result) : null}
                  onMake={() => void actions.makeTemplate()}
                  onAdd={() => void actions.addSelectionLists()}
                  onRemove={() => void actions.removeSelectionLists()}
                />
              </AccordionPanel>
            </AccordionItem>
            {result?.ok && (
              <AccordionItem value="kolonner">
                <AccordionHeader>{t.columns.heading({ found: Object.keys(result.table.mapping).length })}</AccordionHeader>
                <AccordionPanel>
                  {tiltakSheet && (
                    <MappingEditor
                      table={result.table}
                      columns={headerColumns(tiltakSheet, result.table.headerRow)}
                      overrides={state.overrides}
                      onSave={actions.changeOverrides}
                    />
                  )}
                </AccordionPanel>
              </AccordionItem>
            )}
            <AccordionItem value="oversikt">
              <AccordionHeader>{texts.oversikt.pane.heading}</AccordionHeader>
              <AccordionPanel>
                <Suspense fallback={null}>
                  <OversiktPanel
                    state={pane.oversikt.state}
                    onFiles={(files) => void pane.oversikt.pick(files)}
                    onChoose={(id) => void pane.oversikt.chooseProfile(id)}
                    onCancel={pane.oversikt.cancel}
                  />
                </Suspense>
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="hjelp">
              <AccordionHeader>{t.help.heading}</AccordionHeader>
              <AccordionPanel>
                <HelpSection selfCheck={pane.selfCheck} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          <div className={styles.languages} role="group" aria-label={t.language.label}>
            <Text>{t.language.label}:</Text>
            {LANGUAGES.map((language) => (
              <Button
                key={language}
                size="small"
                appearance={texts.language === language ? 'primary' : 'secondary'}
                aria-pressed={texts.language === language}
                lang={language}
                onClick={() => void actions.chooseLanguage(language)}
              >
                {t.language[language]}
              </Button>
            ))}
          </div>
        </main>,
      )}
    </TextsContext.Provider>
  );
}
