// Fails a story that writes to console.error, unless the story expects it: a story whose
// element should report an error lists the messages it allows in `parameters.consoleErrors`.
import type { StoryContext } from '@storybook/web-components-vite';

/** `parameters.consoleErrors`: text that an allowed console.error contains, or `true` for any. */
export interface ConsoleErrorsParameter {
  allow: string[] | true;
}

let recorded: string[] | null = null;
const realError = console.error.bind(console);

// Patched once for the page: the docs page renders many stories together, and per-story
// wrappers restored out of order would leave one behind.
console.error = (...args: unknown[]) => {
  recorded?.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '));
  realError(...args);
};

/** Starts recording console.error for the story about to render. */
export function recordConsoleErrors(): () => void {
  const mine: string[] = [];
  recorded = mine;
  return () => {
    if (recorded === mine) recorded = null;
  };
}

/** After the story and its play function: throws if something logged an error the story did not allow. */
export async function failOnConsoleErrors({ parameters, viewMode }: StoryContext): Promise<void> {
  if (viewMode !== 'story' || !recorded) return;
  // Let pending renders finish, so an error from the last update is counted too.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const allow = (parameters.consoleErrors as ConsoleErrorsParameter | undefined)?.allow ?? [];
  const unexpected = allow === true ? [] : recorded.filter((message) => !allow.some((text) => message.includes(text)));
  if (unexpected.length > 0) {
    throw new Error(
      `console.error was called ${unexpected.length} time(s) in a story that does not expect it:\n` +
        unexpected.map((m) => `  ${m}`).join('\n') +
        `\nIf the story shows an error state, allow the message with parameters.consoleErrors = { allow: ['…'] }.`,
    );
  }
}
