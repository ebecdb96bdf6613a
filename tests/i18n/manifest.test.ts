import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseXml, type XmlElement } from '../../scripts/check-manifest.js';
import { speller } from './spelling';

/**
 * The texts Office shows from the manifest (the add-in's name and description in the store and
 * the add-in list, the ribbon's group, buttons and tooltips, the Get Started callout), each in
 * bokmål as its default and in nynorsk for an Office in nn-NO.
 */
const xml = readFileSync(resolve(__dirname, '../../manifest.xml'), 'utf8');
const below = (e: XmlElement): XmlElement[] => e.children.flatMap((c) => [c, ...below(c)]);
const shown = below(parseXml(xml)).filter(
  (e) => ['DisplayName', 'Description', 'bt:String'].includes(e.name) && e.attrs.DefaultValue !== undefined,
);
const name = (e: XmlElement) => e.attrs.id ?? e.name;
const nynorsk = (e: XmlElement) => e.children.find((c) => /^(bt:)?Override$/.test(c.name) && c.attrs.Locale === 'nn-NO')?.attrs.Value;

describe('the manifest in nynorsk', () => {
  it('has an nn-NO override beside every text Office shows', () => {
    expect(shown.map(name)).toEqual(
      expect.arrayContaining(['DisplayName', 'Description', 'Group.Label', 'Validate.Label', 'ShowPane.Label', 'Validate.Tooltip']),
    );
    expect(shown.filter((e) => !nynorsk(e)).map(name)).toEqual([]);
  });

  it('is spelled as bokmål in its defaults and as nynorsk in its overrides', () => {
    const nb = speller('nb');
    const nn = speller('nn');
    expect(Object.fromEntries(nb(shown.map((e) => e.attrs.DefaultValue!)).unknown)).toEqual({});
    expect(Object.fromEntries(nn(shown.map((e) => nynorsk(e)!)).unknown)).toEqual({});
    // The check tells the two apart: the bokmål description is not nynorsk.
    const description = shown.find((e) => e.name === 'Description')!;
    expect([...nn([description.attrs.DefaultValue!]).unknown.keys()]).toEqual(expect.arrayContaining(['Sjekker', 'hvert', 'cellen']));
  }, 180_000);
});
