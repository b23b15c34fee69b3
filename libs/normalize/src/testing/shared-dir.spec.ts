import { resolve } from 'node:path';

import { DEFAULT_SHARED_DIR, findSharedDirOrSkip, getSharedDirOrThrow } from './shared-dir';

describe(findSharedDirOrSkip.name, () => {
  const missing = resolve(__dirname, 'no-such-shared-dir');

  it('should point by default at ../shared beside the repository', () => {
    expect(DEFAULT_SHARED_DIR).toBe(resolve(__dirname, '..', '..', '..', '..', '..', 'shared'));
  });

  it('should skip with a printed reason when the directory is missing outside CI', () => {
    const write = jest.fn();

    const sut = findSharedDirOrSkip({ TARN_SHARED_DIR: missing }, write);

    expect(sut).toBeUndefined();
    expect(write).toHaveBeenCalledWith(
      expect.stringMatching(/^\[skip\] shared reference directory .* is missing/),
    );
  });

  it('should fail loudly when the directory is missing in CI', () => {
    expect(() => findSharedDirOrSkip({ TARN_SHARED_DIR: missing, CI: 'true' }, jest.fn())).toThrow(
      /is missing .*CI must provide it/,
    );
  });

  it('should throw from getSharedDirOrThrow when the directory is missing', () => {
    expect(() => getSharedDirOrThrow({ TARN_SHARED_DIR: missing })).toThrow(/is missing/);
  });
});
