import type { Oversikt } from './model';

/** The counts both front ends say when the overview is made (the command line's last lines, the pane's summary). */
export function oversiktCounts(o: Oversikt) {
  const count = (status: string) => o.files.filter((f) => f.status === status).length;
  const utkast = o.meldinger.filter((m) => m.status === 'utkast').length;
  return {
    checked: o.files.length - count('skipped'),
    meldinger: o.meldinger.length,
    komplett: o.meldinger.length - utkast,
    utkast,
    unused: count('unusable') + count('empty'),
    skipped: count('skipped'),
  };
}
