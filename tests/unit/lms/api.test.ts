import { describe, expect, it } from 'vitest';
import {
  connect,
  findApi,
  MAX_FRAME_HOPS,
  type FrameLike,
  type Scorm2004Api,
} from '../../../src/ui/lms/api.ts';
import type { LmsError } from '../../../src/ui/lms/errors.ts';

/** A chain of frames `depth` deep below a top window holding `top`'s properties. */
function frames(depth: number, top: Record<string, unknown>): FrameLike {
  const root: FrameLike & Record<string, unknown> = { ...top };
  root.parent = root;
  root.top = root;
  let frame: FrameLike = root;
  for (let i = 0; i < depth; i += 1) frame = { parent: frame, top: root };
  return frame;
}

const api = { LMSInitialize: () => 'true' };

describe('findApi', () => {
  it('finds API in a parent frame and API_1484_11 for 2004', () => {
    expect(findApi(frames(3, { API: api }), 'scorm12')).toBe(api);
    expect(findApi(frames(3, { API: api }), 'scorm2004')).toBeUndefined();
    expect(findApi(frames(1, { API_1484_11: api }), 'scorm2004')).toBe(api);
  });

  it('looks in the opener when the frames have none', () => {
    const opener = frames(0, { API: api });
    expect(findApi(frames(2, { opener }), 'scorm12')).toBe(api);
  });

  it('stops after the bounded number of parents', () => {
    expect(findApi(frames(MAX_FRAME_HOPS, { API: api }), 'scorm12')).toBe(api);
    expect(findApi(frames(MAX_FRAME_HOPS + 2, { API: api }), 'scorm12')).toBeUndefined();
  });

  it('ends a chain quietly at a frame of another origin', () => {
    const foreign = new Proxy(
      {},
      {
        get: () => {
          throw new Error('SecurityError');
        },
      },
    );
    expect(findApi({ parent: foreign as FrameLike }, 'scorm12')).toBeUndefined();
  });
});

describe('connect', () => {
  function fake(overrides: Partial<Scorm2004Api> = {}, code = '0') {
    const base: Scorm2004Api = {
      Initialize: () => 'true',
      Terminate: () => 'true',
      GetValue: () => '',
      SetValue: () => 'true',
      Commit: () => 'true',
      GetLastError: () => code,
      GetErrorString: () => 'General Commit Failure',
      GetDiagnostic: () => 'the disk is full',
    };
    return { ...base, ...overrides };
  }

  it('reads the error code after a call and reports it with what the LMS said', () => {
    const errors: LmsError[] = [];
    const connection = connect('scorm2004', fake({ Commit: () => 'false' }, '391'), (e) =>
      errors.push(e),
    );
    expect(connection.commit()).toBe(false);
    expect(errors).toEqual([
      {
        code: '391',
        call: 'saving the results',
        detail: 'General Commit Failure — the disk is full',
      },
    ]);
  });

  it('reports a call that throws as a general error and carries on', () => {
    const errors: LmsError[] = [];
    const connection = connect(
      'scorm2004',
      fake({
        SetValue: () => {
          throw new Error('boom');
        },
      }),
      (e) => errors.push(e),
    );
    expect(connection.set('cmi.exit', 'suspend')).toBe(false);
    expect(errors[0]).toMatchObject({ code: '101', detail: 'boom' });
  });

  it('does not report a 2004 value that was never set', () => {
    const errors: LmsError[] = [];
    connect('scorm2004', fake({}, '403'), (e) => errors.push(e)).get('cmi.suspend_data');
    expect(errors).toEqual([]);
  });
});
