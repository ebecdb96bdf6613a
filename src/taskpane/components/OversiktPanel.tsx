import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { PickedFile } from '../../app/oversikt';
import { oversiktCounts } from '../../domain/oversikt/counts';
import type { Oversikt } from '../../domain/oversikt/model';
import { pickedFromDrop, pickedFromInput } from '../oversikt/picked-files';
import type { OversiktState } from '../state/oversikt-state';
import { writtenSentence } from '../state/useOversikt';
import { useTexts } from '../texts';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  drop: {
    padding: tokens.spacingVerticalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
  },
  over: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The coordinator's overview: pick files or a folder (or drop them), watch the files being
 * checked (and cancel), choose the round when the files disagree, and read what was made and
 * where it went. Props only; useOversikt does the work.
 */
export function OversiktPanel({
  state,
  onFiles,
  onChoose,
  onCancel,
}: {
  state: OversiktState;
  onFiles: (files: PickedFile[]) => void;
  onChoose: (profileId: string) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const t = texts.oversikt.pane;
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const working = state.phase === 'checking' || state.phase === 'writing';

  // Not in React's attribute list; Chromium, Edge, Safari and Firefox all take it.
  useEffect(() => folderInput.current?.setAttribute('webkitdirectory', ''), []);

  const fromInput = (input: HTMLInputElement) => {
    const files = pickedFromInput(input.files ?? []);
    input.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <div className={styles.panel}>
      <Text>{t.intro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => filesInput.current?.click()} disabledFocusable={working}>
          {t.pickFiles}
        </Button>
        <Button onClick={() => folderInput.current?.click()} disabledFocusable={working}>
          {t.pickFolder}
        </Button>
      </div>
      <input
        ref={filesInput}
        className={styles.hidden}
        type="file"
        multiple
        data-oversikt="files"
        onChange={(e) => fromInput(e.currentTarget)}
      />
      <input ref={folderInput} className={styles.hidden} type="file" data-oversikt="folder" onChange={(e) => fromInput(e.currentTarget)} />
      <div
        className={mergeClasses(styles.drop, over && styles.over)}
        data-oversikt="drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (working) return;
          void pickedFromDrop(e.dataTransfer).then((files) => files.length > 0 && onFiles(files));
        }}
      >
        {t.drop}
      </div>

      {state.phase === 'checking' && (
        <>
          <Field label={t.progressLabel} validationMessage={t.progress(state)} validationState="none">
            <ProgressBar value={state.total > 0 ? state.finished / state.total : 0} />
          </Field>
          <div className={styles.actions}>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </div>
        </>
      )}
      {state.phase === 'writing' && <Text>{t.writing}</Text>}
      {state.phase === 'choosing' && <ChooseProfile state={state} onChoose={onChoose} />}
      {state.phase === 'done' && (
        <>
          <OversiktSummary oversikt={state.oversikt} />
          <MessageBar intent={state.written.where === 'none' ? 'warning' : 'success'}>
            <MessageBarBody>{writtenSentence(state.written, texts)}</MessageBarBody>
          </MessageBar>
        </>
      )}
      {state.phase === 'stopped' && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function ChooseProfile({ state, onChoose }: { state: Extract<OversiktState, { phase: 'choosing' }>; onChoose: (id: string) => void }) {
  const t = useTexts().oversikt.pane;
  const [chosen, setChosen] = useState(state.candidates[0]?.id ?? '');
  return (
    <>
      <Text>{state.message}</Text>
      <Field label={t.choose}>
        <RadioGroup value={chosen} onChange={(_, data) => setChosen(data.value)}>
          {state.candidates.map((c) => (
            <Radio key={c.id} value={c.id} label={t.candidate(c)} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" onClick={() => onChoose(chosen)} disabledFocusable={!chosen}>
          {t.useProfile}
        </Button>
      </div>
    </>
  );
}

/** What the command line says at the end, and the files that gave no melding with their sentence. */
function OversiktSummary({ oversikt }: { oversikt: Oversikt }) {
  const styles = useStyles();
  const texts = useTexts();
  const unused = oversikt.files.filter((f) => !f.ok);
  return (
    <>
      <Text block>{texts.oversikt.sheet.profileLine({ id: oversikt.profile.id, reason: oversikt.profile.reason })}</Text>
      <Text block>{texts.cli.oversikt.summary(oversiktCounts(oversikt))}</Text>
      <Text block>{texts.cli.oversikt.felles({ count: oversikt.felles.length })}</Text>
      {oversikt.repeats.map((r) => (
        <Text block key={r.partnerskap + r.files.join('|')}>
          {texts.oversikt.repeat.line({ partnerskap: r.partnerskap, ordning: r.ordningNavn, files: r.files, identical: r.identical })}
        </Text>
      ))}
      {unused.length > 0 && (
        <>
          <Text weight="semibold">{texts.oversikt.pane.unused}</Text>
          <ul className={styles.list} aria-label={texts.oversikt.pane.unused}>
            {unused.map((f) => (
              <li key={f.file}>
                {f.file}: {!f.ok && f.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
