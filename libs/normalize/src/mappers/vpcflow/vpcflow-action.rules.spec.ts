import {
  boundaryIdOf,
  directionIdOf,
  findFlowOutcome,
  protocolVersionIdOf,
} from './vpcflow-action.rules';

describe('vpcflow action rules', () => {
  it('should map ACCEPT to Traffic, Allowed and Success', () => {
    expect(findFlowOutcome('ACCEPT')).toEqual({
      activity_id: 6,
      action_id: 1,
      disposition_id: 1,
      status_id: 1,
    });
  });

  it('should map REJECT to Refuse, Denied, Blocked and Failure', () => {
    expect(findFlowOutcome('REJECT')).toEqual({
      activity_id: 5,
      action_id: 2,
      disposition_id: 2,
      status_id: 2,
    });
  });

  it('should map an absent action (NODATA/SKIPDATA) to Other with an unknown action', () => {
    expect(findFlowOutcome(undefined)).toEqual({ activity_id: 99, action_id: 0 });
  });

  it('should return undefined for an action it does not know', () => {
    expect(findFlowOutcome('DROP')).toBeUndefined();
  });

  it.each([
    ['ingress', 1],
    ['egress', 2],
    [undefined, 0],
  ])('should map flow-direction %s to direction_id %d', (direction, expected) => {
    expect(directionIdOf(direction)).toBe(expected);
  });

  it.each([
    ['1', 4],
    ['8', 11],
    ['9', undefined],
    [undefined, undefined],
  ])('should map traffic-path %s to boundary_id %s', (path, expected) => {
    expect(boundaryIdOf(path)).toBe(expected);
  });

  it.each([
    ['IPv4', 4],
    ['IPv6', 6],
    ['EFA', 99],
  ])('should map type %s to protocol_ver_id %d', (type, expected) => {
    expect(protocolVersionIdOf(type)).toBe(expected);
  });
});
