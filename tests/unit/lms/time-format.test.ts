import { describe, expect, it } from 'vitest';
import {
  scorm12Time,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Timestamp,
} from '../../../src/ui/lms/time-format.ts';

describe('SCORM 1.2 times', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [3_723_450, '0001:02:03.45'],
    [-5, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
    [1e12, '9999:59:59.99'],
  ])('%d ms is the timespan %s', (ms, text) => expect(scorm12Timespan(ms)).toBe(text));

  it('writes the time of day in UTC', () => {
    expect(scorm12Time(new Date('2026-12-02T07:08:09.900Z'))).toBe('07:08:09');
  });
});

describe('SCORM 2004 times', () => {
  it.each([
    [0, 'PT0S'],
    [45_500, 'PT45.5S'],
    [60_000, 'PT1M'],
    [3_723_040, 'PT1H2M3.04S'],
    [7_200_000, 'PT2H'],
  ])('%d ms is the duration %s', (ms, text) => expect(scorm2004Duration(ms)).toBe(text));

  it('writes a UTC timestamp with centiseconds', () => {
    expect(scorm2004Timestamp(new Date('2026-12-02T17:07:52.129Z'))).toBe(
      '2026-12-02T17:07:52.12Z',
    );
  });
});
