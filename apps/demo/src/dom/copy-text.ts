/**
 * Copies a textarea's text; where the Clipboard API is refused, selects the text to copy by
 * hand. Says which in `status` (a live region).
 */
export async function copyText(
  textarea: HTMLTextAreaElement,
  status: HTMLElement,
  messages: { copied: string; failed: string }
): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = messages.copied;
  } catch {
    textarea.focus();
    textarea.select();
    status.textContent = messages.failed;
  }
}
