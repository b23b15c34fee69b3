import { Logger } from '@nestjs/common';

import type { SourceEntity, SourceRepository } from '@tarn/metadata';

import { hashSourceKey } from './source-key.util';
import { SourceException, SourceExceptionCode } from './source.exception';
import { SourceService } from './source.service';

const ID = '6f1c2a3e-8d4b-4c5a-9e7f-0a1b2c3d4e5f';

const sourceRow = (overrides: Partial<SourceEntity> = {}): SourceEntity => ({
  id: ID,
  name: 'prod cloudtrail',
  type: 'cloudtrail',
  region: 'us-east-1',
  accountId: '123456789012',
  enabled: true,
  ocsfVersion: '1.1.0',
  keyPrefix: 'AbCdEfGh',
  keyHash: 'a'.repeat(64),
  expectedIntervalSeconds: null,
  createdAt: new Date('2026-12-01T00:00:00Z'),
  updatedAt: new Date('2026-12-01T00:00:00Z'),
  disabledAt: null,
  ...overrides,
});

const mockRepository = (): jest.Mocked<SourceRepository> =>
  ({
    create: jest.fn(),
    findById: jest.fn(),
    findByKeyHash: jest.fn(),
    list: jest.fn(),
    setEnabled: jest.fn(),
  }) as unknown as jest.Mocked<SourceRepository>;

async function codeOf(promise: Promise<unknown>): Promise<SourceExceptionCode> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );

  expect(error).toBeInstanceOf(SourceException);

  return (error as SourceException).code;
}

describe(SourceService.name, () => {
  let repository: jest.Mocked<SourceRepository>;
  let sut: SourceService;

  beforeEach(() => {
    repository = mockRepository();
    sut = new SourceService(repository);
  });

  describe('createOrThrow', () => {
    it('should store only the hash and prefix of a new tarn_src_ key, and return the key once', async () => {
      repository.create.mockImplementation((record) =>
        Promise.resolve(sourceRow({ ...record, id: ID })),
      );

      const { source, key } = await sut.createOrThrow({
        name: 'prod cloudtrail',
        type: 'cloudtrail',
        region: 'us-east-1',
        accountId: '123456789012',
      });

      expect(key).toMatch(/^tarn_src_[A-Za-z0-9_-]{43}$/);
      expect(repository.create).toHaveBeenCalledWith({
        name: 'prod cloudtrail',
        type: 'cloudtrail',
        region: 'us-east-1',
        accountId: '123456789012',
        keyPrefix: key.slice('tarn_src_'.length, 'tarn_src_'.length + 8),
        keyHash: hashSourceKey(key),
      });
      expect(JSON.stringify(repository.create.mock.calls)).not.toContain(key);
      expect(source).not.toHaveProperty('keyHash');
      expect(source).toMatchObject({
        id: ID,
        enabled: true,
        createdAt: '2026-12-01T00:00:00.000Z',
      });
    });

    it('should give every source a different key', async () => {
      repository.create.mockImplementation((record) => Promise.resolve(sourceRow(record)));

      const first = await sut.createOrThrow({ name: 'a', type: 'okta' });
      const second = await sut.createOrThrow({ name: 'b', type: 'okta' });

      expect(first.key).not.toBe(second.key);
    });

    it('should store null region and account when they are not given', async () => {
      repository.create.mockImplementation((record) => Promise.resolve(sourceRow(record)));

      await sut.createOrThrow({ name: 'edge syslog', type: 'syslog' });

      expect(repository.create).toHaveBeenCalledWith(
        expect.objectContaining({ region: null, accountId: null }),
      );
    });

    it('should never log the key', async () => {
      const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);

      repository.create.mockImplementation((record) => Promise.resolve(sourceRow(record)));

      const { key } = await sut.createOrThrow({ name: 'a', type: 'okta' });

      expect(log).toHaveBeenCalled();
      expect(JSON.stringify(log.mock.calls)).not.toContain(key);
      log.mockRestore();
    });

    it('should throw SOURCE_NAME_TAKEN when the repository reports the name in use', async () => {
      repository.create.mockResolvedValue(undefined);

      const error = sut.createOrThrow({ name: 'Prod CloudTrail', type: 'cloudtrail' });

      await expect(error).rejects.toThrow(/"Prod CloudTrail" already exists/);
      await expect(codeOf(error)).resolves.toBe(SourceExceptionCode.NameTaken);
    });

    it.each([
      [{ name: '', type: 'okta' }, /name must be 1 to 100 characters long; got 0/],
      [{ name: 'x'.repeat(101), type: 'okta' }, /name must be 1 to 100 characters long; got 101/],
      [{ name: "x'; DROP TABLE tarn_sources; --", type: 'okta' }, /name may contain only letters/],
      [{ name: ' leading', type: 'okta' }, /must start with a letter or digit/],
      [{ name: 'trailing ', type: 'okta' }, /must not end with a space/],
      [{ name: 'tab\there', type: 'okta' }, /got "tab\\there"/],
      [
        { name: 'a', type: 'splunk' },
        /unknown source type "splunk"; expected one of: cloudtrail, vpcflow, .*, ocsf$/,
      ],
      [{ name: 'a', type: 'okta', region: 'US-EAST-1' }, /region must look like us-east-1/],
      [{ name: 'a', type: 'okta', region: 'us--east-1' }, /region must look like us-east-1/],
      [{ name: 'a', type: 'okta', accountId: '' }, /accountId must be 1 to 64/],
      [{ name: 'a', type: 'okta', accountId: '1'.repeat(65) }, /accountId must be 1 to 64/],
      [{ name: 'a', type: 'okta', accountId: 'acme_corp' }, /accountId must be 1 to 64/],
    ])('should throw SOURCE_INVALID for %j', async (input, message) => {
      const error = sut.createOrThrow(input);

      await expect(error).rejects.toThrow(message);
      await expect(codeOf(error)).resolves.toBe(SourceExceptionCode.Invalid);
      expect(repository.create).not.toHaveBeenCalled();
    });

    it('should list every problem at once', async () => {
      await expect(sut.createOrThrow({ name: '', type: 'nope', region: 'X' })).rejects.toThrow(
        /name must .*; unknown source type "nope".*; region must/,
      );
    });

    it.each([['us-east-1'], ['us-gov-west-1'], ['westeurope'], ['europe-west1']])(
      'should accept the region %s',
      async (region) => {
        repository.create.mockImplementation((record) => Promise.resolve(sourceRow(record)));

        await expect(sut.createOrThrow({ name: 'a', type: 'okta', region })).resolves.toBeDefined();
      },
    );
  });

  describe('authenticate', () => {
    it('should return the enabled source whose key hash matches', async () => {
      const key = `tarn_src_${'A'.repeat(43)}`;

      repository.findByKeyHash.mockResolvedValue(sourceRow());

      await expect(sut.authenticate(key)).resolves.toMatchObject({ id: ID });
      expect(repository.findByKeyHash).toHaveBeenCalledWith(hashSourceKey(key));
    });

    it('should return undefined for the key of a disabled source', async () => {
      repository.findByKeyHash.mockResolvedValue(sourceRow({ enabled: false }));

      await expect(sut.authenticate(`tarn_src_${'A'.repeat(43)}`)).resolves.toBeUndefined();
    });

    it('should return undefined for an unknown key', async () => {
      repository.findByKeyHash.mockResolvedValue(undefined);

      await expect(sut.authenticate(`tarn_src_${'B'.repeat(43)}`)).resolves.toBeUndefined();
    });

    it.each([[''], ['tarn_src_short'], [`other_${'A'.repeat(43)}`]])(
      'should return undefined without a lookup for the malformed key %j',
      async (key) => {
        await expect(sut.authenticate(key)).resolves.toBeUndefined();
        expect(repository.findByKeyHash).not.toHaveBeenCalled();
      },
    );
  });

  describe('getByIdOrThrow', () => {
    it('should return the source', async () => {
      repository.findById.mockResolvedValue(sourceRow());

      await expect(sut.getByIdOrThrow(ID)).resolves.toMatchObject({
        id: ID,
        name: 'prod cloudtrail',
      });
    });

    it('should throw SOURCE_NOT_FOUND for an unknown id', async () => {
      repository.findById.mockResolvedValue(undefined);

      await expect(codeOf(sut.getByIdOrThrow(ID))).resolves.toBe(SourceExceptionCode.NotFound);
    });

    it('should throw SOURCE_NOT_FOUND without a query for an id that is not a UUID', async () => {
      await expect(sut.getByIdOrThrow('1 OR 1=1')).rejects.toThrow(/source ids are UUIDs/);
      expect(repository.findById).not.toHaveBeenCalled();
    });
  });

  describe('disableOrThrow', () => {
    it('should disable the source and return it', async () => {
      repository.setEnabled.mockResolvedValue(
        sourceRow({ enabled: false, disabledAt: new Date('2026-12-02T00:00:00Z') }),
      );

      await expect(sut.disableOrThrow(ID)).resolves.toMatchObject({
        enabled: false,
        disabledAt: '2026-12-02T00:00:00.000Z',
      });
      expect(repository.setEnabled).toHaveBeenCalledWith(ID, false);
    });

    it('should throw SOURCE_NOT_FOUND when no source has the id', async () => {
      repository.setEnabled.mockResolvedValue(undefined);

      await expect(codeOf(sut.disableOrThrow(ID))).resolves.toBe(SourceExceptionCode.NotFound);
    });
  });

  describe('enableOrThrow', () => {
    it('should enable the source and return it', async () => {
      repository.setEnabled.mockResolvedValue(sourceRow());

      await expect(sut.enableOrThrow(ID)).resolves.toMatchObject({
        enabled: true,
        disabledAt: null,
      });
      expect(repository.setEnabled).toHaveBeenCalledWith(ID, true);
    });
  });

  describe('list', () => {
    it('should map every row without its key hash', async () => {
      repository.list.mockResolvedValue([sourceRow(), sourceRow({ id: 'other', name: 'b' })]);

      const sources = await sut.list();

      expect(sources.map((source) => source.name)).toEqual(['prod cloudtrail', 'b']);
      expect(JSON.stringify(sources)).not.toContain('a'.repeat(64));
    });
  });
});
