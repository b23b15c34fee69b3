import { activityIdOfMethod, outcomeOf } from './waf-action.rules';

describe(outcomeOf.name, () => {
  it.each([
    ['ALLOW', 1, 1],
    ['BLOCK', 2, 2],
    ['COUNT', 1, 20],
    ['CAPTCHA', 2, 22],
    ['CHALLENGE', 2, 23],
  ])('should map %s to action %i and disposition %i', (action, actionId, dispositionId) => {
    expect(outcomeOf(action)).toMatchObject({
      action_id: actionId,
      disposition_id: dispositionId,
    });
  });

  it('should keep an unknown action as the Other caption', () => {
    expect(outcomeOf('EXCLUDED_AS_COUNT')).toEqual({
      action_id: 99,
      action: 'EXCLUDED_AS_COUNT',
      disposition_id: 99,
      disposition: 'EXCLUDED_AS_COUNT',
    });
  });
});

describe(activityIdOfMethod.name, () => {
  it.each([
    ['CONNECT', 1],
    ['DELETE', 2],
    ['GET', 3],
    ['HEAD', 4],
    ['OPTIONS', 5],
    ['POST', 6],
    ['PUT', 7],
    ['TRACE', 8],
    ['get', 3],
    ['PATCH', 99],
  ])('should map the method %s to activity %i', (method, expected) => {
    expect(activityIdOfMethod(method)).toBe(expected);
  });

  it('should report Unknown when the method is missing', () => {
    expect(activityIdOfMethod(undefined)).toBe(0);
  });
});
