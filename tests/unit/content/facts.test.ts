import { describe, expect, it } from 'vitest';
import { decisionRange, scenarioCard } from '../../../src/content/facts.ts';
import { makeScenario } from '../../support/builders.ts';

describe('decisionRange (the meeting card’s “Decisions”)', () => {
  it('counts the shortest and the longest way through a branching meeting', () => {
    const scenario = makeScenario({
      nodes: [
        {
          id: 'a',
          choices: [
            { id: 'quick', next: 'end' },
            { id: 'long', next: 'b' },
          ],
        },
        { id: 'b', choices: [{ id: 'on', next: 'c' }] },
        { id: 'c', choices: [{ id: 'stop', next: 'end' }] },
      ],
    });
    expect(decisionRange(scenario)).toEqual({ min: 1, max: 3 });
  });

  it('counts a merge once per path and stops at a loop instead of running forever', () => {
    const scenario = makeScenario(
      {
        nodes: [
          {
            id: 'a',
            choices: [
              { id: 'left', next: 'm' },
              { id: 'right', next: 'm' },
            ],
          },
          {
            id: 'm',
            choices: [
              { id: 'again', next: 'a' },
              { id: 'done', next: 'end' },
            ],
          },
        ],
      },
      { validate: false },
    );
    expect(decisionRange(scenario)).toEqual({ min: 2, max: 2 });
  });
});

describe('scenarioCard (what the title screen gets before any meeting text)', () => {
  it('holds the card’s facts and none of the meeting’s lines', () => {
    const scenario = makeScenario({
      nodes: [
        {
          id: 'a',
          choices: [
            { id: 'quick', next: 'end' },
            { id: 'long', next: 'b' },
          ],
        },
        { id: 'b', choices: [{ id: 'stop', next: 'end' }] },
      ],
    });
    const card = scenarioCard(scenario);
    expect(card).toEqual({
      id: scenario.id,
      title: scenario.title,
      setting: {
        company: scenario.setting.company,
        stage: scenario.setting.stage,
        city: scenario.setting.city,
      },
      stakes: scenario.stakes,
      minutes: scenario.minutes,
      castCount: scenario.cast.length,
      decisions: { min: 1, max: 2 },
    });
    const text = JSON.stringify(card);
    for (const line of scenario.nodes.flatMap((node) => node.lines)) {
      expect(text).not.toContain(line.text);
    }
  });
});
