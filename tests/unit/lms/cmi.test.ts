import { describe, expect, it } from 'vitest';
import {
  decisionValues,
  interactionId,
  outcomeValues,
  progressValues,
  resultOf,
  scoreOf,
  scorm12Comments,
  scorm2004Comment,
  sessionTimeValue,
  startValues,
} from '../../../src/ui/lms/cmi.ts';
import { ERROR_CODES, errorSentence } from '../../../src/ui/lms/errors.ts';

const decision = {
  index: 3,
  id: 'expedite',
  choiceId: 'ask-for-data',
  optionText: '{Ask} for the numbers   first',
  customerDelta: 2,
  at: new Date('2026-12-02T17:07:52.129Z'),
  latencyMs: 65_250,
};

describe('interactions', () => {
  it('records a 1.2 decision with its elements and formats', () => {
    expect(decisionValues('scorm12', decision)).toEqual([
      ['cmi.interactions.3.id', 'expedite'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.time', '17:07:52'],
      ['cmi.interactions.3.student_response', 'ask-for-data'],
      ['cmi.interactions.3.result', 'correct'],
      ['cmi.interactions.3.latency', '0000:01:05.25'],
    ]);
  });

  it('records a 2004 decision with a description, id and type first', () => {
    expect(decisionValues('scorm2004', { ...decision, customerDelta: -1 })).toEqual([
      ['cmi.interactions.3.id', 'expedite'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.timestamp', '2026-12-02T17:07:52.12Z'],
      ['cmi.interactions.3.description', '{lang=en}(Ask} for the numbers first'],
      ['cmi.interactions.3.learner_response', 'ask-for-data'],
      ['cmi.interactions.3.result', 'incorrect'],
      ['cmi.interactions.3.latency', 'PT1M5.25S'],
    ]);
  });

  it('cuts a long description to 250 characters', () => {
    const [, description] = decisionValues('scorm2004', {
      ...decision,
      optionText: 'y'.repeat(400),
    })[3]!;
    expect(description).toBe(`{lang=en}${'y'.repeat(250)}`);
  });

  it.each([
    ['scorm12', 1, 'correct'],
    ['scorm12', -3, 'wrong'],
    ['scorm2004', -3, 'incorrect'],
    ['scorm2004', 0, 'neutral'],
  ] as const)('%s delta %d is %s', (version, delta, result) =>
    expect(resultOf(version, delta)).toBe(result),
  );

  it('gives a node decided again after a rewind its own id', () => {
    expect([interactionId('review', 0), interactionId('review', 1)]).toEqual([
      'review',
      'review_2',
    ]);
  });
});

describe('score and status', () => {
  it('scales customer value to the reachable range', () => {
    expect(scoreOf(4, { min: -6, max: 9 })).toEqual({ raw: 67, scaled: 0.6667 });
    expect(scoreOf(-6, { min: -6, max: 9 })).toEqual({ raw: 0, scaled: 0 });
    expect(scoreOf(3, { min: 3, max: 3 })).toEqual({ raw: 100, scaled: 1 });
  });

  it('passes on a good or best ending, fails otherwise (1.2)', () => {
    expect(outcomeValues('scorm12', 9, { min: -6, max: 9 }, 'best')).toEqual([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '100'],
      ['cmi.core.lesson_status', 'passed'],
    ]);
    expect(outcomeValues('scorm12', 0, { min: -6, max: 9 }, 'mixed').at(-1)).toEqual([
      'cmi.core.lesson_status',
      'failed',
    ]);
  });

  it('sets completion, success and the scaled score (2004)', () => {
    expect(outcomeValues('scorm2004', 0, { min: -5, max: 5 }, 'good')).toEqual([
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '50'],
      ['cmi.score.scaled', '0.5'],
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'passed'],
    ]);
  });

  it('marks an attempt started without undoing a result', () => {
    expect(startValues('scorm12', 'not attempted')).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
    ]);
    expect(startValues('scorm12', 'passed')).toEqual([]);
    expect(startValues('scorm2004', 'unknown')).toEqual([['cmi.completion_status', 'incomplete']]);
    expect(startValues('scorm2004', 'completed')).toEqual([]);
  });
});

describe('progress, comments, session time', () => {
  it('suspends while unfinished and exits normally at the end', () => {
    const open = { finished: false, suspendData: 'm1|ab||', location: 'kickoff' };
    expect(progressValues('scorm12', open)).toEqual([
      ['cmi.core.lesson_location', 'kickoff'],
      ['cmi.suspend_data', 'm1|ab||'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(progressValues('scorm2004', { ...open, finished: true }).at(-1)).toEqual([
      'cmi.exit',
      'normal',
    ]);
    expect(progressValues('scorm12', { ...open, finished: true }).at(-1)).toEqual([
      'cmi.core.exit',
      '',
    ]);
  });

  it('leaves the bookmark alone at the end (an empty one is a type mismatch in 2004)', () => {
    const done = { finished: true, suspendData: '', location: '' };
    expect(progressValues('scorm2004', done)).toEqual([
      ['cmi.suspend_data', ''],
      ['cmi.exit', 'normal'],
    ]);
  });

  it('writes reasoning as learner comments', () => {
    const at = new Date('2026-12-02T10:00:00Z');
    expect(scorm12Comments([{ nodeId: 'a', title: 'Kick-off', text: ' Data first ', at }])).toBe(
      'Kick-off: Data first',
    );
    expect(scorm12Comments([{ nodeId: 'a', title: 'T', text: 'z'.repeat(5000), at }])).toHaveLength(
      4096,
    );
    expect(scorm2004Comment(0, { nodeId: 'a', title: 'T', text: 'Data first', at })).toEqual([
      ['cmi.comments_from_learner.0.comment', '{lang=en}Data first'],
      ['cmi.comments_from_learner.0.location', 'a'],
      ['cmi.comments_from_learner.0.timestamp', '2026-12-02T10:00:00.00Z'],
    ]);
  });

  it('names the session time element of each version', () => {
    expect(sessionTimeValue('scorm12', 90_000)).toEqual(['cmi.core.session_time', '0000:01:30.00']);
    expect(sessionTimeValue('scorm2004', 90_000)).toEqual(['cmi.session_time', 'PT1M30S']);
  });
});

describe('error sentences', () => {
  it.each([
    ...ERROR_CODES.scorm12.map((code) => ['scorm12', code] as const),
    ...ERROR_CODES.scorm2004.map((code) => ['scorm2004', code] as const),
  ])('%s code %s reads as a sentence', (version, code) => {
    const sentence = errorSentence(version, { code, call: 'saving the results' });
    expect(sentence).toMatch(
      /^The learning platform may not have recorded this: .+ \(code \d+\)\. The meeting goes on\.$/,
    );
  });

  it('adds what the LMS said, and still explains an unknown code', () => {
    const sentence = errorSentence('scorm2004', {
      code: '999',
      call: 'Commit',
      detail: 'disk\nfull',
    });
    expect(sentence).toContain('reported error 999 (it said: "disk full")');
  });
});
