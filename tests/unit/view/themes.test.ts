import { describe, expect, it } from 'vitest';
import { themeForCity } from '../../../src/view/themes.ts';

describe('themeForCity', () => {
  it.each([
    ['Bangalore', 'bangalore'],
    ['Bengaluru', 'bangalore'],
    ['  bangalore ', 'bangalore'],
    ['Mumbai', 'mumbai'],
    ['Bombay', 'mumbai'],
    ['Hyderabad', 'hyderabad'],
    ['HYDERABAD', 'hyderabad'],
    ['Chennai', 'chennai'],
    ['Madras', 'chennai'],
    ['Kochi', 'kochi'],
    ['Cochin', 'kochi'],
  ])('draws %s as the %s view', (city, kind) => {
    expect(themeForCity(city).kind).toBe(kind);
  });

  it.each(['Pune', '', 'Springfield', 'Mumbai-ish'])(
    'falls back to a neutral view for %j',
    (city) => {
      expect(themeForCity(city).kind).toBe('neutral');
    },
  );

  it('gives each city a different view and describes it in words', () => {
    const views = ['Bangalore', 'Mumbai', 'Hyderabad', 'Chennai', 'Kochi', 'Pune'].map(
      (city) => themeForCity(city).view,
    );
    expect(new Set(views).size).toBe(6);
    expect(themeForCity('Hyderabad').view).toMatch(/Charminar/);
  });
});
