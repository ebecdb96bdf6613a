import { Badge, Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { inertParameters } from '../../app/profile-review';
import type { Profile } from '../../domain/profile';
import { storedReason, type ProfileChoice } from '../../domain/profile-choice';
import { PROFILES } from '../../domain/profiles';
import { FILE_OPTION, type ProfileSelectionState } from '../state/useProfileSelection';
import { useTexts } from '../texts';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  sources: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  quote: { margin: `${tokens.spacingVerticalXXS} 0 0 0`, fontStyle: 'italic' },
  // Long round names wrap instead of being cut at task-pane width.
  option: { overflowWrap: 'anywhere' },
  file: { maxWidth: '100%' },
});

const AUTOMATIC = '';

/**
 * The round's rules: which profile, why, its status and sources; pick another or load one from a
 * file. A pick takes effect only with "Bruk profilen": arrow keys move through the choices
 * without saving or re-checking anything.
 */
export function ProfilePicker({
  state,
  choice,
  failure,
  onChange,
}: {
  state: ProfileSelectionState;
  /** How the last check chose its profile. */
  choice: ProfileChoice | undefined;
  /** The last failure of this section (a file that cannot be used), shown here as well as announced. */
  failure: string | undefined;
  /** Called after the user picked or loaded a profile (the pane re-checks). */
  onChange: (profile: Profile | null, how: 'picked' | 'loaded') => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const t = texts.pane.profile;
  // A profile picked since the last check is shown at once; otherwise what the check chose, and why.
  const shown: Profile | null = state.storedProfile ?? choice?.profile ?? null;
  const fromFile = state.storedProfile ? state.storedKind === 'file' : false;
  const reason = state.storedProfile && state.storedKind ? storedReason(texts, state.storedKind) : choice?.reason;
  const value = !state.storedProfile ? AUTOMATIC : state.storedKind === 'file' ? FILE_OPTION : state.storedProfile.id;
  const [draft, setDraft] = useState<string | null>(null);
  const picked = draft ?? value;
  const options = [
    ...(value === AUTOMATIC ? [{ value: AUTOMATIC, label: t.automatic }] : []),
    ...PROFILES.map((p) => ({ value: p.id, label: p.name })),
    ...(state.fileProfile ? [{ value: FILE_OPTION, label: t.fromFile({ name: state.fileProfile.name }) }] : []),
  ];
  const use = async () => {
    if (picked === value) return;
    await state.pick(picked);
    setDraft(null);
    onChange(picked === FILE_OPTION ? state.fileProfile : (PROFILES.find((p) => p.id === picked) ?? null), 'picked');
  };
  return (
    <section className={styles.area} aria-label={t.region}>
      <Field label={t.picker}>
        <RadioGroup value={picked} onChange={(_, d) => setDraft(d.value)}>
          {options.map((o) => (
            <Radio key={o.value} value={o.value} label={{ children: o.label, className: styles.option }} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" disabledFocusable={picked === value} onClick={() => void use()}>
          {t.use}
        </Button>
      </div>
      <Field label={t.file} hint={t.fileHint}>
        <input
          // Field labels Fluent controls only; a native input names itself.
          aria-label={t.file}
          className={styles.file}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file)
              void state.loadFile(file).then((profile) => {
                if (!profile) return;
                setDraft(null);
                onChange(profile, 'loaded');
              });
          }}
        />
      </Field>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {shown ? <ProfileSummary profile={shown} reason={reason} fromFile={fromFile} /> : <Text className={styles.muted}>{t.later}</Text>}
    </section>
  );
}

function ProfileSummary({ profile, reason, fromFile }: { profile: Profile; reason: string | undefined; fromFile: boolean }) {
  const styles = useStyles();
  const t = useTexts().pane.profile;
  const inert = inertParameters(profile);
  // Only the add-in's own profiles are known to be what they say: a file's "fastsatt" is its own word.
  const badge = fromFile
    ? { color: 'informative' as const, text: t.ownFile }
    : profile.status === 'fastsatt'
      ? { color: 'success' as const, text: t.fastsatt }
      : { color: 'warning' as const, text: t.forelopig };
  return (
    <div role="group" aria-label={t.chosen}>
      <div className={styles.line}>
        <Text weight="semibold">{profile.name}</Text>
        <Badge appearance="tint" color={badge.color}>
          {badge.text}
        </Badge>
      </div>
      {reason && <Text className={styles.muted}>{reason}</Text>}
      {fromFile && <Text block>{t.ownFileStatus({ status: profile.status })}</Text>}
      {profile.status === 'foreløpig' && <Text block>{t.unconfirmed({ items: profile.unconfirmed })}</Text>}
      {inert.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {inert.map((i) => (
              <Text block key={i.parameter}>
                {t.inert(i)}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <details>
        <summary>{t.sources({ count: profile.sources.length })}</summary>
        <ul className={styles.sources}>
          {profile.sources.map((s, i) => (
            <li key={i}>
              <Text>
                {s.title}
                {s.publisher ? ` – ${s.publisher}` : ''}
              </Text>
              {s.quote && <blockquote className={styles.quote}>«{s.quote}»</blockquote>}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
