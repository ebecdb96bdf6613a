import { Badge, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Profile } from '../../domain/profile';
import { storedReason, type ProfileChoice } from '../../domain/profile-choice';
import { nb } from '../../i18n';
import { PROFILES } from '../../domain/profiles';
import { FILE_OPTION, type ProfileSelectionState } from './useProfileSelection';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  sources: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  quote: { margin: `${tokens.spacingVerticalXXS} 0 0 0`, fontStyle: 'italic' },
  // A native select is as wide as its longest option unless told otherwise: long names are cut, not scrolled.
  selectRoot: { maxWidth: '100%', minWidth: 0 },
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  file: { maxWidth: '100%' },
});

const AUTOMATIC = '';

/** The round's rules: which profile, why, its status and sources; pick another or load one from a file. */
export function ProfilePicker({
  state,
  choice,
  onChange,
}: {
  state: ProfileSelectionState;
  /** How the last check chose its profile. */
  choice: ProfileChoice | undefined;
  /** Called after the user picked or loaded a profile (the pane re-checks). */
  onChange: () => void;
}) {
  const styles = useStyles();
  // A profile picked since the last check is shown at once; otherwise what the check chose, and why.
  const shown: Profile | null = state.storedProfile ?? choice?.profile ?? null;
  const reason = state.storedProfile && state.storedKind ? storedReason(nb, state.storedKind) : choice?.reason;
  const value = !state.storedProfile ? AUTOMATIC : state.storedKind === 'file' ? FILE_OPTION : state.storedProfile.id;
  return (
    <section className={styles.area} aria-label="Profil">
      <Field label="Profil (tilskuddsrunde)">
        <Select
          className={styles.selectRoot}
          select={{ className: styles.select }}
          value={value}
          onChange={(_, d) => void state.pick(d.value).then(onChange)}
        >
          {value === AUTOMATIC && <option value={AUTOMATIC}>Den som passer tabellen</option>}
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          {state.fileProfile && <option value={FILE_OPTION}>Fra fil: {state.fileProfile.name}</option>}
        </Select>
      </Field>
      <Field label="Egen profil fra fil (JSON)" hint="Profilen lagres i arbeidsboken, så en mal kan ta reglene med seg.">
        <input
          // Field labels Fluent controls only; a native input names itself.
          aria-label="Egen profil fra fil (JSON)"
          className={styles.file}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void state.loadFile(file).then((ok) => ok && onChange());
          }}
        />
      </Field>
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {shown ? (
        <ProfileSummary profile={shown} reason={reason} />
      ) : (
        <Text className={styles.muted}>Profilen velges ut fra tabellen når du trykker Valider.</Text>
      )}
    </section>
  );
}

function ProfileSummary({ profile, reason }: { profile: Profile; reason: string | undefined }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label="Valgt profil">
      <div className={styles.line}>
        <Text weight="semibold">{profile.name}</Text>
        <Badge appearance="tint" color={profile.status === 'fastsatt' ? 'success' : 'warning'}>
          {profile.status === 'fastsatt' ? 'Fastsatt' : 'Foreløpig'}
        </Badge>
      </div>
      {reason && <Text className={styles.muted}>{reason}</Text>}
      {profile.status === 'foreløpig' && <Text block>Ikke bekreftet: {profile.unconfirmed.join(', ')}.</Text>}
      <details>
        <summary>Kilder ({profile.sources.length})</summary>
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
