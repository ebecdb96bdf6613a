import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneState } from '../state/pane-state';
import { useTexts } from '../texts';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * Lag mal and the utvalgslister: each button with what it changes in the workbook said before it,
 * and what it did said after (here and in the live region).
 */
export function TemplatePanel({
  state,
  profileName,
  plan,
  onMake,
  onAdd,
  onRemove,
}: {
  state: Pick<PaneState, 'templateBusy' | 'templateDone' | 'selectionLists'>;
  /** The profile the template is made for. */
  profileName: string;
  /** Where Legg til utvalgslister would put them (the last check's table), or null before a check. */
  plan: { sheet: string; first: number; last: number; headers: string[] } | null;
  onMake: () => void;
  onAdd: () => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const t = useTexts().pane.template;
  const lists = state.selectionLists;
  return (
    <div className={styles.panel}>
      <div className={styles.part}>
        <Text>{t.makeIntro({ profile: profileName })}</Text>
        <Text>{t.makeWhere}</Text>
        <Text className={styles.muted}>{t.makeOther}</Text>
        <div className={styles.actions}>
          <Button onClick={onMake} disabledFocusable={state.templateBusy}>
            {t.make}
          </Button>
        </div>
      </div>
      <div className={styles.part}>
        {plan ? (
          <>
            <Text>{t.listsIntro(plan)}</Text>
            <Text>{t.listsKeep}</Text>
            <Text>{t.listsUndo}</Text>
            {lists && <Text>{t.listsAgain}</Text>}
          </>
        ) : (
          <Text className={styles.muted}>{t.failed.noTable}</Text>
        )}
        <div className={styles.actions}>
          <Button onClick={onAdd} disabledFocusable={state.templateBusy || !plan}>
            {t.add}
          </Button>
        </div>
      </div>
      {lists && (
        <div className={styles.part}>
          <Text>{t.present({ sheet: lists.sheet, headers: lists.added.map((a) => a.header) })}</Text>
          <div className={styles.actions}>
            <Button onClick={onRemove} disabledFocusable={state.templateBusy}>
              {t.remove}
            </Button>
          </div>
        </div>
      )}
      {state.templateDone && (
        <MessageBar intent="success">
          <MessageBarBody>{state.templateDone}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
