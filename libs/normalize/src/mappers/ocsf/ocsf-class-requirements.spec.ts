import { OCSF_CLASS_UIDS } from '@tarn/ocsf';

import { CLASS_REQUIREMENTS } from './ocsf-class-requirements';

describe('CLASS_REQUIREMENTS', () => {
  it('should have a row for every class Tarn stores, so custom OCSF events of it can be checked', () => {
    const missing = OCSF_CLASS_UIDS.filter((uid) => CLASS_REQUIREMENTS[uid] === undefined);

    expect(missing).toEqual([]);
  });
});
