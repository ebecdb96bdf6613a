// Breaks the matrix: the domain reaches into Office code and loads a catalogue at run time.
import { highlight } from '../excel/highlight';
import { nb } from '../i18n/catalogue';

export const rule = () => highlight(nb);
