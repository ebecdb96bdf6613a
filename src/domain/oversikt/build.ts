import { formatPercent } from '../format';
import { capitalize, schemeName } from '../context';
import type { Profile } from '../profile';
import type { FileResult, OrdningTotals, Oversikt, OversiktMelding } from './model';
import { jointCandidates } from './similarity';

/** Every file's result put together: rows per melding, all findings, totals per ordning, joint-tiltak candidates. */
export function buildOversikt(profile: Profile, today: string, results: readonly FileResult[]): Oversikt {
  const checked = results.flatMap((r) => (r.ok ? [r.checked] : []));
  const meldinger = checked.flatMap((c) => c.meldinger);
  return {
    profile: { id: profile.id, name: profile.name },
    generated: today,
    files: results.map((r) => (r.ok ? { file: r.checked.file, ok: true } : { file: r.file, ok: false, message: r.message })),
    meldinger,
    findings: checked.flatMap((c) => c.findings),
    felles: jointCandidates(checked.flatMap((c) => c.tiltak)).map((group) => ({
      ...group,
      ordningNavn: capitalize(schemeName(profile, group.ordning)),
      faseNavn: profile.vocabulary.faser.find((f) => f.key === group.fase)?.name ?? group.fase,
    })),
    perOrdning: totalsPerOrdning(profile, meldinger),
  };
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
        ordningNavn: ordning ? capitalize(schemeName(profile, ordning)) : 'Ukjent ordning',
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

/** The `--json` document, in exactly the shape CONTRACT.md gives. */
export function oversiktJson(oversikt: Oversikt): unknown {
  return {
    profile: oversikt.profile.id,
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
    })),
    felles: oversikt.felles.map((f) => ({
      tiltak: f.tiltak.map((t) => ({ file: t.file, row: t.row, tittel: t.tittel })),
      grunn: f.grunn,
    })),
  };
}

/** The limits a melding breaks, in words for the overview's "Over grensen" column ("koordinator over maks 30 %"). */
export function breachedLimits(m: OversiktMelding): string[] {
  const { koordinator, flerarig, egenandel } = m.shares;
  const breached: string[] = [];
  if (!koordinator.ok && koordinator.limit !== null) breached.push(`koordinator over maks ${formatPercent(koordinator.limit)}`);
  if (!flerarig.ok && flerarig.limit !== null) breached.push(`flerårig over maks ${formatPercent(flerarig.limit)}`);
  if (!egenandel.ok && egenandel.limit !== null) breached.push(`egenandel under min. ${formatPercent(egenandel.limit)}`);
  return breached;
}
