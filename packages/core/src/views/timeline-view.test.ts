import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import type { Municipality } from '../model/municipality.js';
import type { StrategyEntry } from '../model/strategy-entry.js';
import { parsePeriod } from '../period/parse-period.js';
import { periodYears, timelineView, yearEnd, type TimelineData } from './timeline-view.js';

const dataset = loadDataset();
const byYear = (view: ReturnType<typeof timelineView>, year: number) => view.years.find((y) => y.year === year)!;

// A small dataset whose counts can be read off: five entries, one of each kind of period the
// timeline has to tell apart, and a sixth municipality without an entry.
const municipality = (code: string): Municipality => ({ code, name: code, officialName: code, regionCode: '1085', keys: [] });
const entry = (code: string, period: string): StrategyEntry => ({
  code,
  municipality: code,
  form: 'Digitaliseringsstrategi',
  linkText: '',
  url: null,
  period: parsePeriod(period)!,
  category: 'strategy',
  categoryReason: '',
  source: '002',
  origin: 'table',
  evidence: null,
});
const small: TimelineData = {
  municipalities: ['0101', '0147', '0151', '0153', '0155', '0157'].map(municipality),
  entries: [entry('0101', '2019-2023'), entry('0147', 'Fra 2017'), entry('0151', 'Frem til 2025'), entry('0153', '2021'), entry('0155', '-')],
};

describe('timelineView', () => {
  it('timelineView(small) runs from the first to the last year the periods name: 2017 (Fra 2017) to 2025 (Frem til 2025)', () => {
    const view = timelineView(small, { asOf: '2022-06-01', lang: 'da' });
    expect(view.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(periodYears(small)).toEqual({ first: 2017, last: 2025 });
  });

  it('takes each year at 31 December: yearEnd(2023) is 2023-12-31, and 2019-2023 is still current then', () => {
    const view = timelineView(small, { asOf: '2022-06-01', lang: 'da' });
    expect(yearEnd(2023)).toBe('2023-12-31');
    expect(byYear(view, 2023).date).toBe('2023-12-31');
    expect(byYear(view, 2023).counts).toEqual({ current: 3, expired: 0, upcoming: 0, unknown: 2, 'not-registered': 1 });
    expect(byYear(view, 2024).counts).toEqual({ current: 2, expired: 1, upcoming: 0, unknown: 2, 'not-registered': 1 });
  });

  it('follows the periods\' own rules: "2021" is upcoming before 2021 and unknown from then; "-" is unknown in every year', () => {
    const view = timelineView(small, { asOf: '2022-06-01', lang: 'da' });
    expect(byYear(view, 2018).counts).toEqual({ current: 2, expired: 0, upcoming: 2, unknown: 1, 'not-registered': 1 });
    expect(byYear(view, 2021).counts).toEqual({ current: 3, expired: 0, upcoming: 0, unknown: 2, 'not-registered': 1 });
    expect(view.years.every((y) => y.counts.unknown >= 1)).toBe(true);
  });

  it('counts the municipality without an entry as not registered in every year, and every year adds up to all municipalities', () => {
    const view = timelineView(small, { asOf: '2022-06-01', lang: 'da' });
    expect(view.total).toBe(6);
    expect(view.registered).toBe(5);
    for (const y of view.years) expect(Object.values(y.counts).reduce((a, b) => a + b, 0)).toBe(6);
    expect(view.years.every((y) => y.counts['not-registered'] === 1)).toBe(true);
  });

  it('says each year\'s counts in words, in stacking order, in Danish and in English', () => {
    expect(byYear(timelineView(small, { asOf: '2022-06-01', lang: 'da' }), 2024).text).toBe(
      '2 gældende, 1 udløbet, 0 endnu ikke gældende, 2 status ukendt og 1 ikke registreret i kortlægningen',
    );
    expect(byYear(timelineView(small, { asOf: '2022-06-01', lang: 'en' }), 2024).text).toBe(
      '2 current, 1 expired, 0 not yet in force, 2 status unknown and 1 not registered in the mapping',
    );
    expect(timelineView(small, { asOf: '2022-06-01', lang: 'da' }).series.map((s) => s.label)).toEqual([
      'Gældende',
      'Udløbet',
      'Endnu ikke gældende',
      'Status ukendt',
      'Ikke registreret i kortlægningen',
    ]);
  });

  it('gives the counts at the reader\'s date and where it lies: 2022-06-01 within, 2016-01-01 before, 2030-01-01 after', () => {
    const within = timelineView(small, { asOf: '2022-06-01', lang: 'da' }).asOf;
    expect(within).toMatchObject({ date: '2022-06-01', year: 2022, position: 'within' });
    expect(within.counts).toEqual(byYear(timelineView(small, { asOf: '2022-06-01', lang: 'da' }), 2022).counts);
    expect(timelineView(small, { asOf: '2016-01-01', lang: 'da' }).asOf).toMatchObject({ position: 'before', counts: { current: 1, upcoming: 3, unknown: 1 } });
    expect(timelineView(small, { asOf: '2030-01-01', lang: 'da' }).asOf).toMatchObject({ position: 'after', counts: { current: 1, expired: 2, unknown: 2 } });
  });

  it('has no years where no period names one, and then no position', () => {
    const view = timelineView({ ...small, entries: [entry('0101', '-')] }, { asOf: '2022-06-01', lang: 'da' });
    expect(view.years).toEqual([]);
    expect(view.asOf.position).toBeNull();
    expect(periodYears({ entries: [] })).toBeNull();
  });

  it('csv() has a header in the reader\'s language and one row per year with its date and the total', () => {
    const lines = timelineView(small, { asOf: '2022-06-01', lang: 'da' }).csv().split('\r\n');
    expect(lines[0]).toBe('\uFEFFÅr;Status pr.;Gældende;Udløbet;Endnu ikke gældende;Status ukendt;Ikke registreret i kortlægningen;Kommuner i alt');
    expect(lines[1]).toBe('2017;2017-12-31;2;0;2;1;1;6');
    expect(lines.at(-2)).toBe('2025;2025-12-31;2;1;0;2;1;6');
    expect(lines).toHaveLength(9 + 2);
    expect(timelineView(small, { asOf: '2022-06-01', lang: 'en' }).csv().split('\r\n')[0]).toBe(
      '\uFEFFYear;Status as of;Current;Expired;Not yet in force;Status unknown;Not registered in the mapping;Municipalities in all',
    );
  });
});

// Hand counts from data/strategies.csv and data/text-mentions.csv: 65 entries (the table's 64 and
// Solrød from the mapping's example, "Ingen strategi" with no period), 33 municipalities not
// registered. Named years run from 2015 (Hillerød, 2015-2020) to 2032 (Hørsholm, 2020-2032).
// Unknown: 12 without a period ("-", empty, Solrød), and from 2021 also the 9 single or approval
// years (2019, 2020, 2021).
describe('timelineView of the mapping', () => {
  const view = timelineView(dataset, { asOf: '2026-12-01', lang: 'da' });

  it('runs from 2015 to 2032, 18 years, each of the 98 municipalities', () => {
    expect(view.years.map((y) => y.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2015 + i));
    expect([view.total, view.registered]).toEqual([98, 65]);
  });

  it('at the end of 2015: 2 current (Hillerød and Silkeborg\'s "Frem til 2025"), 51 upcoming, 12 unknown, 33 not registered', () => {
    expect(byYear(view, 2015).counts).toEqual({ current: 2, expired: 0, upcoming: 51, unknown: 12, 'not-registered': 33 });
  });

  it('at the end of 2021: 31 current, the 13 ranges that ended in 2020 expired, 21 unknown', () => {
    expect(byYear(view, 2021).counts).toEqual({ current: 31, expired: 13, upcoming: 0, unknown: 21, 'not-registered': 33 });
  });

  it('at the end of 2026: 7 current (4 open-ended, Hørsholm, Jammerbugt, Sønderborg), 37 expired; and so at 2026-12-01', () => {
    expect(byYear(view, 2026).counts).toEqual({ current: 7, expired: 37, upcoming: 0, unknown: 21, 'not-registered': 33 });
    expect(view.asOf.counts).toEqual(byYear(view, 2026).counts);
  });

  it('at the end of 2032: 5 current, 39 expired', () => {
    expect(byYear(view, 2032).counts).toEqual({ current: 5, expired: 39, upcoming: 0, unknown: 21, 'not-registered': 33 });
  });
});
