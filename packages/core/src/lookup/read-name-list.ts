// The one reader of lists of names that editors write in an attribute: "Sorø, 0101",
// "Sorø Kommune Høje Taastrup", "Region Sjælland Region Syddanmark".

/** What a list of names named: the things found, and the runs of words that named nothing. */
export interface NameListReading<T> {
  /** The things found, in the order written, without repeats. */
  found: T[];
  /** Each run of words that named nothing ("Sorrø Kommune", "Region Fyn"), and whether it is a whole part of the list. */
  misses: { words: string[]; wholePart: boolean }[];
}

/**
 * Reads a list separated by commas, semicolons, line breaks or spaces, where one name may hold
 * spaces: at each word the longest run of up to `longest` words that `find` knows wins. Words
 * that start no name are reported together, one miss per run of them.
 */
export function readNameList<T>(text: string, find: (run: string) => T | undefined, identity: (found: T) => string, longest = 4): NameListReading<T> {
  const found = new Map<string, T>();
  const misses: NameListReading<T>['misses'] = [];
  for (const part of String(text ?? '').split(/[,;\n]/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    let miss: string[] = [];
    let i = 0;
    while (i < words.length) {
      let j = Math.min(words.length, i + longest);
      let match: T | undefined;
      for (; j > i; j--) if ((match = find(words.slice(i, j).join(' '))) !== undefined) break;
      if (match !== undefined) {
        found.set(identity(match), match);
        if (miss.length) misses.push({ words: miss, wholePart: false });
        miss = [];
        i = j;
      } else {
        miss.push(words[i]!);
        i += 1;
      }
    }
    if (miss.length) misses.push({ words: miss, wholePart: miss.length === words.length });
  }
  return { found: [...found.values()], misses };
}
