import { activityIdOfVerb } from './eks-audit-activity';

describe(activityIdOfVerb.name, () => {
  it.each([
    ['create', 1],
    ['get', 2],
    ['list', 2],
    ['watch', 2],
    ['update', 3],
    ['patch', 3],
    ['delete', 4],
    ['deletecollection', 4],
  ])('should map the verb %s to activity %i', (verb, expected) => {
    expect(activityIdOfVerb(verb)).toBe(expected);
  });

  it('should map a verb it does not know to Other', () => {
    expect(activityIdOfVerb('impersonate')).toBe(99);
  });

  it('should not treat inherited object keys as verbs', () => {
    expect(activityIdOfVerb('constructor')).toBe(99);
  });
});
