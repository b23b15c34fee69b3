import { ACCOUNT_CHANGE_EVENT_NAMES, AUTHENTICATION_EVENT_NAMES } from './cloudtrail-event-names';

export type CloudTrailClassUid = 3001 | 3002 | 6003;

const OTHER = 99;

/** Data events (S3 object, Lambda invoke…) are API calls whatever their name. */
export function selectCloudTrailClass(eventName: string, isDataEvent: boolean): CloudTrailClassUid {
  if (isDataEvent) {
    return 6003;
  }
  if (AUTHENTICATION_EVENT_NAMES.has(eventName)) {
    return 3002;
  }

  return ACCOUNT_CHANGE_EVENT_NAMES.has(eventName) ? 3001 : 6003;
}

export function selectActivityId(classUid: CloudTrailClassUid, eventName: string): number {
  switch (classUid) {
    case 3001:
      return accountChangeActivityId(eventName);
    case 3002:
      return authenticationActivityId(eventName);
    case 6003:
      return apiActivityId(eventName);
  }
}

/** Substring rules, checked in order; the first verb found in the name wins. */
const API_VERBS: readonly (readonly [number, readonly string[]])[] = [
  [1, ['Create', 'Run', 'Generate']],
  [2, ['Get', 'List', 'Describe', 'Search', 'Lookup']],
  [
    3,
    [
      'Update',
      'Put',
      'Modify',
      'Add',
      'Remove',
      'Start',
      'Stop',
      'Attach',
      'Detach',
      'Associate',
      'Disassociate',
      'Tag',
      'Untag',
      'Enable',
      'Disable',
      'Register',
      'Deregister',
    ],
  ],
  [4, ['Delete', 'Terminate']],
];

function apiActivityId(eventName: string): number {
  for (const [activityId, verbs] of API_VERBS) {
    if (verbs.some((verb) => eventName.includes(verb))) {
      return activityId;
    }
  }

  return OTHER;
}

/** Deletions of keys, certificates and account settings are not account deletions. */
const NOT_ACCOUNT_DELETIONS = [
  'DeleteSSH',
  'DeleteServer',
  'DeleteSign',
  'DeleteAccount',
  'DeleteCloudFront',
  'DeleteService',
];

function accountChangeActivityId(eventName: string): number {
  if (
    eventName.includes('Create') ||
    eventName === 'ResyncMFADevice' ||
    eventName === 'EnableMFADevice'
  ) {
    return 1;
  }
  if (eventName === 'ChangePassword' || eventName === 'PasswordUpdated') {
    return 3;
  }
  if (eventName.includes('Attach') || eventName.includes('Put') || eventName === 'AddUserToGroup') {
    return 7;
  }
  if (eventName.includes('Detach') || eventName.includes('Remove')) {
    return 8;
  }
  if (eventName.includes('Delete')) {
    return NOT_ACCOUNT_DELETIONS.some((prefix) => eventName.startsWith(prefix)) ? OTHER : 6;
  }

  return OTHER;
}

function authenticationActivityId(eventName: string): number {
  const isLogon =
    eventName === 'ConsoleLogin' ||
    eventName === 'ExternalIdPDirectoryLogin' ||
    eventName === 'UserAuthentication' ||
    eventName.startsWith('AssumeRole');

  return isLogon ? 1 : OTHER;
}
