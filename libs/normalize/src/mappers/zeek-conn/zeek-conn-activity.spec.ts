import { activityIdOf, directionOf } from './zeek-conn-activity';

describe('zeek conn activity', () => {
  describe(activityIdOf.name, () => {
    it.each([
      ['SF', 2],
      ['S3', 2],
      ['REJ', 5],
      ['S0', 4],
      ['SH', 4],
      ['RSTO', 3],
      ['RSTRH', 3],
      ['S1', 6],
      ['OTH', 6],
      ['XYZ', 0],
    ])('should map TCP state %s to activity %i', (state, activityId) => {
      expect(activityIdOf('tcp', state)).toBe(activityId);
    });

    it('should call every UDP or ICMP flow Traffic, whatever its state', () => {
      expect(activityIdOf('udp', 'S0')).toBe(6);
      expect(activityIdOf('icmp', 'REJ')).toBe(6);
    });
  });

  describe(directionOf.name, () => {
    it('should derive direction and boundary from local_orig and local_resp', () => {
      expect(directionOf(true, false)).toMatchObject({ direction_id: 2, boundary_id: 3 });
      expect(directionOf(false, true)).toMatchObject({ direction_id: 1, boundary_id: 3 });
      expect(directionOf(true, true)).toMatchObject({ direction_id: 3, boundary_id: 2 });
      expect(directionOf(undefined, true)).toEqual({ direction_id: 0, direction: 'Unknown' });
    });
  });
});
