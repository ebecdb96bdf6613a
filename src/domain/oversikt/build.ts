import type { Texts } from '../../i18n/texts';
import { capitalize, schemeName } from '../context';
import type { Profile } from '../profile';
import type { CheckedFile, FileResult, OrdningTotals, Oversikt, OversiktFile, OversiktMelding, OversiktTiltak } from './model';
import { findRepeats } from './repeats';
import { jointCandidates } from './similarity';

/**
 * Every file's result put together: rows per melding, all findings, totals per ordning (a melding
 * repeated in another file counted once), joint-tiltak candidates (never a partnership with
 * itself), and every file with what became of it.
 */
export function buildOversikt(
  chosen: { profile: Profile; reason: string },
  today: string,
  results: readonly FileResult[],
  texts: Texts,
): Oversikt {
  const { profile } = chosen;
  const checked = results.flatMap((r) => (r.ok ? [r.checked] : []));
  // Copies: marking a repeat must not change the results handed in.
  const meldinger = checked.flatMap((c) => c.meldinger.map((m) => ({ ...m })));
  const repeats = findRepeats(meldinger, checked);
  const counted = meldinger.filter((m) => m.repeat?.counted ?? true);
  return {
    profile: { id: profile.id, name: profile.name, reason: chosen.reason },
    generated: today,
    files: results.map(fileEntry),
    meldinger,
    findings: checked.flatMap((c) => c.findings),
    felles: jointCandidates(countedTiltak(checked, meldinger), texts).map((group) => ({
      ...group,
      ordningNavn: capitalize(schemeName(profile, group.ordning)),
      faseNavn: profile.vocabulary.faser.find((f) => f.key === group.fase)?.name ?? group.fase,
    })),
    perOrdning: totalsPerOrdning(profile, counted),
    repeats,
  };
}

function fileEntry(r: FileResult): OversiktFile {
  if (!r.ok) return { file: r.file, ok: false, status: r.status, message: r.message };
  const { file, meldinger } = r.checked;
  return { file, ok: true, status: 'used', meldinger: meldinger.length, tiltak: meldinger.reduce((s, m) => s + m.tiltak, 0) };
}

/** The tiltak of the meldinger counted: a repeated copy would only pair its owner's tiltak once more. */
function countedTiltak(checked: readonly CheckedFile[], meldinger: readonly OversiktMelding[]): OversiktTiltak[] {
  const left = new Set(meldinger.filter((m) => m.repeat && !m.repeat.counted).map((m) => `${m.file}|${m.partnerskap}|${m.ordning}`));
  const all = checked.flatMap((c) => c.tiltak);
  return left.size ? all.filter((t) => !left.has(`${t.file}|${t.partnerskap}|${t.ordning}`)) : all;
}

/** One line per ordning that has meldinger, in the profile's order; unknown ordning last. */
function totalsPerOrdning(profile: Profile, meldinger: readonly OversiktMelding[]): OrdningTotals[] {
  const keys = [...profile.vocabulary.ordninger.map((o) => o.key), null];
  return keys.flatMap((ordning) => {
    const of = meldinger.filter((m) => m.ordning === ordning);
    if (of.length === 0) return [];
    return [
      {
        ordning,
        // The melding model's name, so the overview's formulas find its rows.
        ordningNavn: ordning ? capitalize(schemeName(profile, ordning)) : of[0]!.ordningNavn,
        meldinger: of.length,
        komplett: of.filter((m) => m.status === 'komplett').length,
        tiltak: of.reduce((sum, m) => sum + m.tiltak, 0),
        tilskuddEier: of.reduce((sum, m) => sum + m.tilskuddEier, 0),
        tilskuddUh: of.reduce((sum, m) => sum + m.tilskuddUh, 0),
      },
    ];
  });
}

/** CONTRACT.md: 0 when every melding is complete, 1 when some has errors, 2 when no file could be used. */
export function oversiktExitCode(oversikt: Oversikt): 0 | 1 | 2 {
  if (!oversikt.files.some((f) => f.ok)) return 2;
  return oversikt.meldinger.some((m) => m.status === 'utkast') ? 1 : 0;
}

/** The `--json` document, in the shape CONTRACT.md gives (with `profileReason`, an extension). */
export function oversiktJson(oversikt: Oversikt): unknown {
  return {
    profile: oversikt.profile.id,
    profileReason: oversikt.profile.reason,
    files: oversikt.files.map((f) => (f.ok ? { file: f.file, ok: true } : { file: f.file, ok: false, message: f.message })),
    meldinger: oversikt.meldinger.map((m) => ({
      file: m.file,
      partnerskap: m.partnerskap,
      ordning: m.ordning,
      tiltak: m.tiltak,
      tilskuddEier: m.tilskuddEier,
      tilskuddUh: m.tilskuddUh,
      koordinatorAndel: m.shares.koordinator.share,
      flerarigAndel: m.shares.flerarig.share,
      egenandelAndel: m.shares.egenandel.share,
      status: m.status,
      errors: m.errors,
      warnings: m.warnings,
      ...(m.repeat ? { repeat: { files: m.repeat.of.files, counted: m.repeat.counted, identical: m.repeat.of.identical } } : {}),
    })),
    felles: oversikt.felles.map((f) => ({
      tiltak: f.tiltak.map((t) => ({ file: t.file, row: t.row, tittel: t.tittel })),
      grunn: f.grunn,
    })),
  };
}

/** The limits a melding breaks, in words for the overview's "Over grensen" column ("koordinator over maks 30 %"). */
export function breachedLimits(m: OversiktMelding, texts: Texts): string[] {
  const t = texts.oversikt.limits;
  const percent = texts.format.percent;
  const { koordinator, flerarig, egenandel } = m.shares;
  const breached: string[] = [];
  if (!koordinator.ok && koordinator.limit !== null) breached.push(t.koordinator({ limit: percent(koordinator.limit) }));
  if (!flerarig.ok && flerarig.limit !== null) breached.push(t.flerarig({ limit: percent(flerarig.limit) }));
  if (!egenandel.ok && egenandel.limit !== null) breached.push(t.egenandel({ limit: percent(egenandel.limit) }));
  return breached;
}
