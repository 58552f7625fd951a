// Arrow-key navigation between municipalities: for each one, which municipality each arrow key
// moves to. Decided once at build time so every renderer moves the same way.

/** A municipality as navigation sees it: where it is and which municipalities share a border with it. */
export interface NavNode {
  code: string;
  /** Position in map units (y down), the real position for shapes drawn elsewhere (Bornholm). */
  at: [number, number];
  /** Codes of the municipalities that share a border with this one. */
  neighbours: string[];
}

/** The four arrow-key directions. */
export type Direction = 'up' | 'down' | 'left' | 'right';

/** Where each arrow key leads from one municipality. */
export type NextLinks = Record<Direction, string | null>;

const DIRECTIONS: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/** A target counts as lying in a direction within this angle of it. */
const MAX_ANGLE = (60 * Math.PI) / 180;

/**
 * Picks for every node and direction the best target: among the neighbours lying within ±60° of
 * the direction if there are any, else among all nodes there (islands have no land neighbours).
 * "Best" is the smallest distance along the direction plus twice the sideways offset, so a close
 * target slightly off the line beats a far one on it, and a straight one beats a skewed one.
 */
export function nextLinks(nodes: NavNode[]): Map<string, NextLinks> {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const links = new Map<string, NextLinks>();
  for (const node of nodes) {
    const neighbours = node.neighbours.map((code) => byCode.get(code)).filter((n): n is NavNode => n !== undefined);
    const pick = (direction: Direction): string | null =>
      best(node, neighbours, direction) ?? best(node, nodes, direction);
    links.set(node.code, { up: pick('up'), down: pick('down'), left: pick('left'), right: pick('right') });
  }
  return links;
}

function best(from: NavNode, candidates: NavNode[], direction: Direction): string | null {
  const [ux, uy] = DIRECTIONS[direction];
  let bestCode: string | null = null;
  let bestScore = Infinity;
  for (const to of candidates) {
    if (to.code === from.code) continue;
    const dx = to.at[0] - from.at[0];
    const dy = to.at[1] - from.at[1];
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || Math.atan2(across, along) > MAX_ANGLE) continue;
    const score = along + 2 * across;
    // Ties go to the lower code, so the result never depends on input order.
    if (score < bestScore || (score === bestScore && bestCode !== null && to.code < bestCode)) {
      bestScore = score;
      bestCode = to.code;
    }
  }
  return bestCode;
}

/** Codes that cannot be reached from `start` by following the links (empty when all can). */
export function unreachableFrom(start: string, links: Map<string, NextLinks>): string[] {
  const seen = new Set([start]);
  const stack = [start];
  for (let code = stack.pop(); code !== undefined; code = stack.pop()) {
    for (const next of Object.values(links.get(code) ?? {})) {
      if (next !== null && !seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return [...links.keys()].filter((code) => !seen.has(code));
}
