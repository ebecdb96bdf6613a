import type { CheckedFile, OversiktMelding, PartnershipRepeat } from './model';

/**
 * The same partnership and ordning in more than one file (partnership by name, as written but for
 * case and spacing; meldinger without a partnership name are never matched). Marks each such
 * melding: when every copy has the same tiltak with the same fase and amounts, only the first
 * file's copy counts (a file sent twice, or saved as .ods and .xlsx); when they differ, each
 * counts, marked, for the coordinator to sort out (a melding split over files, or an update
 * beside the old version: dropping either would hide money).
 */
export function findRepeats(meldinger: readonly OversiktMelding[], checked: readonly CheckedFile[]): PartnershipRepeat[] {
  const byKey = new Map<string, OversiktMelding[]>();
  for (const m of meldinger) {
    const name = normalized(m.partnerskap);
    if (name === '') continue;
    const key = `${name}|${m.ordning}`;
    const same = byKey.get(key);
    if (same) same.push(m);
    else byKey.set(key, [m]);
  }
  const signatures = tiltakSignatures(checked);
  const repeats: PartnershipRepeat[] = [];
  for (const group of byKey.values()) {
    if (new Set(group.map((m) => m.file)).size < 2) continue;
    const signature = (m: OversiktMelding) => `${m.tilskuddEier}|${m.tilskuddUh}|${signatures.get(meldingKey(m)) ?? ''}`;
    const identical = group.every((m) => signature(m) === signature(group[0]!));
    const first = group[0]!;
    const repeat: PartnershipRepeat = {
      partnerskap: first.partnerskap,
      ordning: first.ordning,
      ordningNavn: first.ordningNavn,
      files: group.map((m) => m.file),
      identical,
    };
    group.forEach((m, i) => (m.repeat = { of: repeat, counted: !identical || i === 0 }));
    repeats.push(repeat);
  }
  return repeats;
}

const normalized = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const meldingKey = (m: { file: string; partnerskap: string; ordning: string | null }) => `${m.file}|${m.partnerskap}|${m.ordning}`;

/** Per melding, its tiltak as one sorted text of title and fase: the same tiltak in any row order. */
function tiltakSignatures(checked: readonly CheckedFile[]): Map<string, string> {
  const lines = new Map<string, string[]>();
  for (const t of checked.flatMap((c) => c.tiltak)) {
    const key = meldingKey(t);
    const line = `${normalized(t.tittel)}|${t.fase}`;
    const list = lines.get(key);
    if (list) list.push(line);
    else lines.set(key, [line]);
  }
  return new Map([...lines].map(([key, list]) => [key, list.sort().join('\n')]));
}
