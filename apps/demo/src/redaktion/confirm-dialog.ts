// Asks before what cannot be undone (starting over, replacing the work, removing an entry), in a
// modal <dialog>: focus moves into it, Escape cancels, and focus returns to where it was.

/** What the dialog asks. */
export interface Question {
  title: string;
  text: string;
  yes: string;
  no: string;
}

/** Shows `question` in `dialog` (with `[data-title]`, `[data-text]`, `[value=yes]`, `[value=no]`); true for yes. */
export function confirmAction(dialog: HTMLDialogElement, question: Question): Promise<boolean> {
  dialog.querySelector('[data-title]')!.textContent = question.title;
  dialog.querySelector('[data-text]')!.textContent = question.text;
  dialog.querySelector('button[value="yes"]')!.textContent = question.yes;
  const no = dialog.querySelector<HTMLButtonElement>('button[value="no"]')!;
  no.textContent = question.no;
  dialog.returnValue = '';
  dialog.showModal();
  // The safe answer takes the focus, so that Enter does not delete by accident.
  no.focus();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true }));
}
