import type { SourceGenerator } from './source-generator.interface';
import { isoAt, ndjson, SeededRandom, timeAt, times } from './seeded-random';

const TENANT = '00000000-0000-4000-a000-000000000001';
const USERS = ['alice@example.com', 'bob@example.com', 'carol@example.com'];

/** Azure Activity Log records as Event Hub delivers them (administrative operations). */
export const azureActivityGenerator: SourceGenerator = {
  sourceType: 'azure-activity',
  generate(count, seed) {
    const random = new SeededRandom(seed);
    const subscription = random.uuid();

    return ndjson(
      times(count, (index) => {
        const operation = random.pick([
          'MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE',
          'MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION',
          'MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/DELETE',
        ]);
        const caller = random.pick(USERS);

        return {
          time: isoAt(index),
          resourceId: `/SUBSCRIPTIONS/${subscription}/RESOURCEGROUPS/RG-${random.int(1, 5)}/PROVIDERS/${operation.split('/').slice(0, 2).join('/')}/NAME-${random.int(1, 99)}`,
          operationName: operation,
          category: 'Administrative',
          resultType: random.pick(['Start', 'Success', 'Success', 'Failure']),
          resultSignature: 'Succeeded.',
          durationMs: random.int(0, 3000),
          callerIpAddress: random.publicIp(),
          correlationId: random.uuid(),
          identity: {
            authorization: { action: operation, scope: `/subscriptions/${subscription}` },
            claims: {
              name: caller.split('@')[0],
              'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': caller,
              'http://schemas.microsoft.com/identity/claims/objectidentifier': random.uuid(),
            },
          },
          level: 'Information',
          location: 'global',
          properties: { eventCategory: 'Administrative', entity: `/subscriptions/${subscription}` },
        };
      }),
    );
  },
};

/** Entra ID sign-in logs as Event Hub delivers them (SignInLogs category). */
export const entraSigninGenerator: SourceGenerator = {
  sourceType: 'entra-signin',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => {
        const user = random.pick(USERS);
        const failed = random.chance(0.15);
        const ip = random.publicIp();

        return {
          time: isoAt(index),
          resourceId: `/tenants/${TENANT}/providers/Microsoft.aadiam`,
          operationName: 'Sign-in activity',
          operationVersion: '1.0',
          category: 'SignInLogs',
          tenantId: TENANT,
          resultType: failed ? '50126' : '0',
          resultSignature: 'None',
          resultDescription: failed ? 'Invalid username or password.' : '',
          durationMs: 0,
          callerIpAddress: ip,
          correlationId: random.uuid(),
          identity: user.split('@')[0],
          Level: '4',
          location: 'FR',
          properties: {
            id: random.uuid(),
            createdDateTime: isoAt(index),
            userDisplayName: user.split('@')[0],
            userPrincipalName: user,
            userId: random.uuid(),
            appId: random.uuid(),
            appDisplayName: random.pick(['Office 365', 'Azure Portal', 'Microsoft Teams']),
            ipAddress: ip,
            status: failed
              ? { errorCode: 50126, failureReason: 'Invalid username or password.' }
              : { errorCode: 0 },
            clientAppUsed: 'Browser',
            conditionalAccessStatus: 'notApplied',
            isInteractive: true,
            deviceDetail: { browser: 'Edge 120.0', operatingSystem: 'Windows10' },
            location: { city: 'Paris', countryOrRegion: 'FR' },
            authenticationRequirement: random.pick([
              'singleFactorAuthentication',
              'multiFactorAuthentication',
            ]),
            riskLevelDuringSignIn: 'none',
          },
        };
      }),
    );
  },
};

/** Entra ID audit logs in the Log Analytics `AuditLogs` row shape (JSON-encoded columns). */
export const entraAuditGenerator: SourceGenerator = {
  sourceType: 'entra-audit',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => {
        const operation = random.pick([
          ['Add user', 'UserManagement', 'User'],
          ['Add member to group', 'GroupManagement', 'Group'],
          [
            'Update application – Certificates and secrets management ',
            'ApplicationManagement',
            'Application',
          ],
        ] as const);

        return {
          TenantId: TENANT,
          SourceSystem: 'Azure AD',
          TimeGenerated: isoAt(index),
          ResourceId: `/tenants/${TENANT}/providers/Microsoft.aadiam`,
          OperationName: operation[0],
          OperationVersion: '1.0',
          Category: operation[1],
          ResultSignature: 'None',
          CorrelationId: random.uuid(),
          Resource: 'Microsoft.aadiam',
          ResourceGroup: 'Microsoft.aadiam',
          Level: '4',
          AdditionalDetails: JSON.stringify([{ key: 'User-Agent', value: 'Mozilla/5.0' }]),
          Id: `Directory_${random.uuid()}`,
          InitiatedBy: JSON.stringify({
            user: {
              id: random.uuid(),
              displayName: null,
              userPrincipalName: random.pick(USERS),
              ipAddress: random.publicIp(),
              roles: [],
            },
          }),
          LoggedByService: 'Core Directory',
          Result: random.chance(0.9) ? 'success' : 'failure',
          TargetResources: JSON.stringify([
            {
              id: random.uuid(),
              displayName: `target-${random.int(1, 500)}`,
              type: operation[2],
              modifiedProperties: [],
            },
          ]),
          Type: 'AuditLogs',
        };
      }),
    );
  },
};

/** Okta System Log events (sign-ins, session ends, user changes). */
export const oktaGenerator: SourceGenerator = {
  sourceType: 'okta',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => {
        const user = random.pick(USERS);
        const eventType = random.pick([
          'user.session.start',
          'user.session.end',
          'user.authentication.sso',
          'user.account.update_password',
          'application.user_membership.add',
        ]);

        return {
          uuid: random.uuid(),
          published: isoAt(index),
          eventType,
          version: '0',
          severity: 'INFO',
          displayMessage: `Generated ${eventType}`,
          legacyEventType: null,
          actor: {
            id: `00u${random.hex(17)}`,
            type: 'User',
            alternateId: user,
            displayName: user.split('@')[0],
          },
          client: {
            userAgent: { rawUserAgent: 'Mozilla/5.0', os: 'Mac OS X', browser: 'CHROME' },
            zone: 'null',
            device: 'Computer',
            ipAddress: random.publicIp(),
            geographicalContext: {
              city: 'Lyon',
              state: 'Rhone',
              country: 'France',
              postalCode: '69001',
              geolocation: { lat: 45.76, lon: 4.83 },
            },
          },
          outcome: { result: random.chance(0.85) ? 'SUCCESS' : 'FAILURE', reason: null },
          target: [
            {
              id: `0oa${random.hex(17)}`,
              type: 'AppInstance',
              alternateId: 'Example App',
              displayName: 'Example App',
            },
          ],
          transaction: { type: 'WEB', id: random.hex(20) },
          debugContext: { debugData: { requestUri: '/idp/idx/authenticate' } },
          authenticationContext: { authenticationStep: 0, externalSessionId: random.hex(25) },
          securityContext: {
            asNumber: 64500,
            asOrg: 'example isp',
            isp: 'example isp',
            domain: 'example.net',
            isProxy: false,
          },
          request: { ipChain: [] },
        };
      }),
    );
  },
};

/** GitHub organization audit log entries (REST API shape, epoch-millisecond times). */
export const githubAuditGenerator: SourceGenerator = {
  sourceType: 'github-audit',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => ({
        '@timestamp': timeAt(index),
        _document_id: random.hex(22),
        action: random.pick([
          'repo.create',
          'org.add_member',
          'pull_request.merge',
          'protected_branch.update',
          'repo.access',
        ]),
        actor: random.pick(['octo-alice', 'octo-bob', 'dependabot[bot]']),
        actor_location: { country_code: random.pick(['US', 'FR', 'DE']) },
        created_at: timeAt(index),
        org: 'Example-Org',
        repo: `Example-Org/repo-${random.int(1, 50)}`,
        user: random.chance(0.3) ? 'octo-carol' : undefined,
      })),
    );
  },
};

/** Google Workspace Reports API activities (login application). */
export const googleWorkspaceGenerator: SourceGenerator = {
  sourceType: 'google-workspace',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => ({
        kind: 'admin#reports#activity',
        id: {
          time: isoAt(index),
          uniqueQualifier: String(random.int(1, 1e9)),
          applicationName: 'login',
          customerId: 'C03az79cb',
        },
        actor: {
          callerType: 'USER',
          email: random.pick(USERS),
          profileId: String(random.int(1, 1e9)),
        },
        ownerDomain: 'example.com',
        ipAddress: random.publicIp(),
        events: [
          {
            type: 'login',
            name: random.pick(['login_success', 'login_failure', 'logout']),
            parameters: [{ name: 'login_type', value: 'google_password' }],
          },
        ],
      })),
    );
  },
};
