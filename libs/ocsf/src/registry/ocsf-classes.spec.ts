import { OCSF_CLASS_CATALOG } from './ocsf-catalog.generated';
import {
  findOcsfClass,
  findOcsfClassByTable,
  findOcsfSchemaClass,
  getOcsfClassOrThrow,
  OCSF_CLASS_UIDS,
  OCSF_CLASSES,
} from './ocsf-classes';

describe('OCSF_CLASSES', () => {
  it('should key every class by its own uid', () => {
    for (const [uid, info] of Object.entries(OCSF_CLASSES)) {
      expect(info.uid).toBe(Number(uid));
    }
  });

  it('should give each class a category uid equal to its uid divided by 1000', () => {
    for (const info of Object.values(OCSF_CLASSES)) {
      expect(info.categoryUid).toBe(Math.floor(info.uid / 1000));
    }
  });

  it('should name the lake table after the snake-case class name', () => {
    expect(OCSF_CLASSES[3002].tableName).toBe('authentication');
    expect(OCSF_CLASSES[6003].tableName).toBe('api_activity');
    expect(OCSF_CLASSES[4001].tableName).toBe('network_activity');
  });

  it('should carry the schema captions of class, category and activities', () => {
    const sut = OCSF_CLASSES[6003];

    expect(sut.caption).toBe('API Activity');
    expect(sut.categoryName).toBe('Application Activity');
    expect(sut.activities).toMatchObject({
      1: 'Create',
      2: 'Read',
      3: 'Update',
      4: 'Delete',
      99: 'Other',
    });
  });

  it('should carry the workflow statuses of finding classes', () => {
    expect(OCSF_CLASSES[2004].statuses).toMatchObject({
      1: 'New',
      2: 'In Progress',
      4: 'Resolved',
    });
    expect(OCSF_CLASSES[3002].statuses).toEqual({
      0: 'Unknown',
      1: 'Success',
      2: 'Failure',
      99: 'Other',
    });
  });

  it('should list the class uids in ascending order', () => {
    expect(OCSF_CLASS_UIDS).toEqual([...OCSF_CLASS_UIDS].sort((a, b) => a - b));
    expect(OCSF_CLASS_UIDS).toContain(4003);
  });
});

describe('OCSF_CLASS_CATALOG', () => {
  it('should hold every class of OCSF 1.1.0', () => {
    expect(Object.keys(OCSF_CLASS_CATALOG)).toHaveLength(44);
    expect(OCSF_CLASS_CATALOG[0].categoryName).toBe('Uncategorized');
  });
});

describe(findOcsfClass.name, () => {
  it('should return undefined when Tarn does not emit the class', () => {
    expect(findOcsfClass(1001)).toBeUndefined();
    expect(findOcsfSchemaClass(1001)?.name).toBe('file_activity');
    expect(findOcsfSchemaClass(1234)).toBeUndefined();
  });
});

describe(findOcsfClassByTable.name, () => {
  it('should find a class by its table name', () => {
    expect(findOcsfClassByTable('dns_activity')?.uid).toBe(4003);
    expect(findOcsfClassByTable('nope')).toBeUndefined();
  });
});

describe(getOcsfClassOrThrow.name, () => {
  it('should throw listing the known uids when the class is unknown', () => {
    expect(() => getOcsfClassOrThrow(9999)).toThrow(/class_uid 9999 .*known: .*3002/);
  });
});
