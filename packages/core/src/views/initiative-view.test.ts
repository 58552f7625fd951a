import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { initiativeStatusAt, selectInitiatives } from './initiative-view.js';

const dataset = loadDataset();
const byId = (id: string) => dataset.initiatives.find((i) => i.id === id)!;

describe('initiatives', () => {
  it('the dataset holds the five initiatives of the seeds, each naming its source', () => {
    expect(dataset.initiatives.map((i) => [i.kind, i.source])).toEqual(
      expect.arrayContaining([
        ['network', '000_0698678669d7e4f7.txt'],
        ['action-plan', '001_dfd72223127810ab.txt'],
        ['mapping', '002_2570828e756e50df.txt'],
        ['network', '003_e957eac1476a951d.txt'],
        ['programme', '004_a3aa6c0beb90263d.txt'],
      ]),
    );
    expect(byId('digital-handleplan-2016-2020').initiativeCount).toBe(29);
    expect(byId('digitalt-kompetente-kommuner').tracks).toHaveLength(3);
    expect(byId('netvaerk-ledelse-af-digitalisering-2017').price).toBe('5.900 + moms');
  });

  it('initiativeStatusAt(action plan 2016-2020) is upcoming, running, then ended at the year boundaries', () => {
    const plan = byId('digital-handleplan-2016-2020');
    expect(initiativeStatusAt(plan, '2015-12-31')).toBe('upcoming');
    expect(initiativeStatusAt(plan, '2016-01-01')).toBe('running');
    expect(initiativeStatusAt(plan, '2020-12-31')).toBe('running');
    expect(initiativeStatusAt(plan, '2021-01-01')).toBe('ended');
  });

  it('initiativeStatusAt of a started network with no end in the source is unknown, not running', () => {
    const network = byId('netvaerk-ledelse-af-digitalisering-2017');
    expect(initiativeStatusAt(network, '2017-06-13')).toBe('upcoming');
    expect(initiativeStatusAt(network, '2026-01-01')).toBe('unknown');
  });

  it('selectInitiatives({ kinds: ["network"] }) returns the two networks, newest first', () => {
    expect(selectInitiatives(dataset, { kinds: ['network'] }).map((i) => i.id)).toEqual([
      'netvaerk-digitale-politikker-2021',
      'netvaerk-ledelse-af-digitalisering-2017',
    ]);
  });

  it('selectInitiatives({ order: "asc" }) sorts oldest first with undated last', () => {
    const ids = selectInitiatives(dataset, { order: 'asc' }).map((i) => i.id);
    expect(ids.slice(0, 3)).toEqual(['digital-handleplan-2016-2020', 'netvaerk-ledelse-af-digitalisering-2017', 'netvaerk-digitale-politikker-2021']);
  });

  it('selectInitiatives({ statuses: ["ended"], asOf }) keeps the ended ones', () => {
    expect(selectInitiatives(dataset, { statuses: ['ended'], asOf: '2022-01-01' }).map((i) => i.id)).toEqual(['digital-handleplan-2016-2020']);
  });
});
