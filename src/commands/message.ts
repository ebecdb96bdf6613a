/**
 * The ribbon's message dialog: every word it shows comes from its address, put there by the ribbon
 * from the catalogue (message-dialog.ts). Lukk tells the ribbon, which closes the dialog.
 */
const params = new URLSearchParams(location.search);
document.documentElement.lang = params.get('sprak') ?? 'nb';
document.title = params.get('tittel') ?? '';
document.getElementById('title')!.textContent = params.get('tittel') ?? '';
document.getElementById('text')!.textContent = params.get('tekst') ?? '';
const button = document.getElementById('close') as HTMLButtonElement;
button.textContent = params.get('lukk') ?? 'OK';
button.addEventListener('click', () => Office.context.ui.messageParent('lukk'));
export {};
