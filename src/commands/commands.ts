import { validateCommand } from './validate';

Office.onReady(() => Office.actions.associate('validate', validateCommand));
