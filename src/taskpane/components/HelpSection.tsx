import { Button, Checkbox, Field, Link, Spinner, Text, Textarea, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { SelfCheck } from '../state/useSelfCheck';
import { useTexts } from '../texts';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The report is read and copied, not typed: a fixed-width font keeps its columns of marks in line.
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** Under Hjelp: the help page, and «Sjekk oppsettet» with its report to copy into a support ticket. */
export function HelpSection({ selfCheck }: { selfCheck: SelfCheck }) {
  const styles = useStyles();
  const t = useTexts().pane.help;
  const id = useId('sjekk-oppsettet');
  const [openWorkbook, setOpenWorkbook] = useState(false);
  const { available, running, outcome } = selfCheck;
  return (
    <div className={styles.section}>
      <Text>
        {/* Relative: the help page lies beside taskpane.html wherever dist/ is hosted. */}
        <Link href={t.pageFile} target="_blank" rel="noopener">
          {t.page}
        </Link>{' '}
        {t.pageHint}
      </Text>
      <section className={styles.section} aria-labelledby={`${id}-h`}>
        <Text as="h3" weight="semibold" className={styles.heading} id={`${id}-h`}>
          {t.checkHeading}
        </Text>
        {available ? (
          <>
            <Text>{t.checkIntro}</Text>
            <Checkbox checked={openWorkbook} onChange={(_, d) => setOpenWorkbook(d.checked === true)} label={t.openWorkbook} />
            <div className={styles.actions}>
              <Button onClick={() => void selfCheck.run(openWorkbook)} disabledFocusable={running}>
                {t.run}
              </Button>
              {running && <Spinner size="tiny" label={t.running} />}
            </div>
            {outcome && (
              <>
                <Field label={t.report}>
                  <Textarea textarea={{ className: styles.report }} readOnly value={outcome.text} resize="vertical" rows={12} />
                </Field>
                <div className={styles.actions}>
                  <Button onClick={() => void selfCheck.copy()}>{t.copy}</Button>
                </div>
              </>
            )}
          </>
        ) : (
          <Text>{t.demoOnly}</Text>
        )}
      </section>
    </div>
  );
}
