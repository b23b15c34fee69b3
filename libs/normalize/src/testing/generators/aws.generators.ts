import type { SourceGenerator } from './source-generator.interface';
import { isoAt, ndjson, SeededRandom, timeAt, times } from './seeded-random';

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const USER_AGENTS = ['aws-cli/2.15.0 Python/3.11', 'console.amazonaws.com', 'Boto3/1.34.0'];

/** CloudTrail log file body: API calls, sign-ins, IAM changes and some access denials. */
export const cloudtrailGenerator: SourceGenerator = {
  sourceType: 'cloudtrail',
  generate(count, seed) {
    const random = new SeededRandom(seed);
    const calls = [
      ['ec2.amazonaws.com', 'DescribeInstances'],
      ['s3.amazonaws.com', 'GetBucketAcl'],
      ['iam.amazonaws.com', 'CreateUser'],
      ['sts.amazonaws.com', 'AssumeRole'],
      ['signin.amazonaws.com', 'ConsoleLogin'],
      ['lambda.amazonaws.com', 'UpdateFunctionConfiguration20150331v2'],
      ['ec2.amazonaws.com', 'TerminateInstances'],
    ] as const;
    const records = [
      ...times(count, (index) => {
        const [eventSource, eventName] = random.pick(calls);
        const account = random.accountId();
        const userName = random.pick(['alice', 'bob', 'deploy-bot']);
        const isLogin = eventName === 'ConsoleLogin';

        return {
          eventVersion: '1.08',
          userIdentity: {
            type: 'IAMUser',
            principalId: `AIDA${random.hex(16).toUpperCase()}`,
            arn: `arn:aws:iam::${account}:user/${userName}`,
            accountId: account,
            accessKeyId: `AKIA${random.hex(16).toUpperCase()}`,
            userName,
          },
          eventTime: isoAt(index).replace(/\.\d{3}Z$/, 'Z'),
          eventSource,
          eventName,
          awsRegion: random.pick(REGIONS),
          sourceIPAddress: random.chance(0.9) ? random.publicIp() : 'ec2.amazonaws.com',
          userAgent: random.pick(USER_AGENTS),
          ...(random.chance(0.08) && !isLogin
            ? { errorCode: 'AccessDenied', errorMessage: 'User is not authorized' }
            : {}),
          requestParameters: isLogin ? null : { userName: 'new-user', maxResults: 50 },
          responseElements: isLogin ? { ConsoleLogin: random.pick(['Success', 'Failure']) } : null,
          ...(isLogin ? { additionalEventData: { MFAUsed: random.pick(['Yes', 'No']) } } : {}),
          requestID: random.uuid(),
          eventID: random.uuid(),
          readOnly: eventName.startsWith('Describe') || eventName.startsWith('Get'),
          eventType: isLogin ? 'AwsConsoleSignIn' : 'AwsApiCall',
          managementEvent: true,
          recipientAccountId: account,
          eventCategory: 'Management',
        };
      }),
    ];

    return JSON.stringify({ Records: records });
  },
};

/** VPC Flow Logs in the default (version 2) format, without a header line. */
export const vpcflowGenerator: SourceGenerator = {
  sourceType: 'vpcflow',
  generate(count, seed) {
    const random = new SeededRandom(seed);
    const lines = [
      ...times(count, (index) => {
        const start = Math.floor(timeAt(index) / 1000);
        const protocol = random.pick([6, 6, 6, 17, 1]);
        const ports =
          protocol === 1 ? [0, 0] : [random.int(1024, 65535), random.pick([22, 53, 80, 443, 3306])];

        return [
          2,
          random.accountId(),
          `eni-${random.hex(17)}`,
          random.privateIp(),
          random.chance(0.5) ? random.privateIp() : random.publicIp(),
          ports[0],
          ports[1],
          protocol,
          random.int(1, 200),
          random.int(40, 500_000),
          start,
          start + random.int(1, 60),
          random.chance(0.85) ? 'ACCEPT' : 'REJECT',
          'OK',
        ].join(' ');
      }),
    ];

    return `${lines.join('\n')}\n`;
  },
};

/** Route 53 Resolver query logs, one JSON record per line. */
export const route53Generator: SourceGenerator = {
  sourceType: 'route53',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => {
        const name = `${random.pick(['www', 'api', 'mail', 'cdn'])}.${random.pick(['example.com', 'example.net', 'example.org'])}.`;
        const rcode = random.chance(0.9) ? 'NOERROR' : 'NXDOMAIN';

        return {
          version: '1.100000',
          account_id: random.accountId(),
          region: random.pick(REGIONS),
          vpc_id: `vpc-${random.hex(17)}`,
          query_timestamp: isoAt(index).replace(/\.\d{3}Z$/, 'Z'),
          query_name: name,
          query_type: random.pick(['A', 'AAAA', 'TXT', 'MX']),
          query_class: 'IN',
          rcode,
          answers:
            rcode === 'NOERROR' ? [{ Rdata: random.publicIp(), Type: 'A', Class: 'IN' }] : [],
          srcaddr: random.privateIp(),
          srcport: String(random.int(1024, 65535)),
          transport: random.pick(['UDP', 'TCP']),
          srcids: { instance: `i-${random.hex(17)}` },
        };
      }),
    );
  },
};

/** Security Hub ASFF findings: control checks, GuardDuty detections and Inspector CVEs. */
export const securityhubGenerator: SourceGenerator = {
  sourceType: 'securityhub',
  generate(count, seed) {
    const random = new SeededRandom(seed);
    const findings = [...times(count, (index) => asffFinding(random, index))];

    return JSON.stringify({ Findings: findings });
  },
};

function asffFinding(random: SeededRandom, index: number): Record<string, unknown> {
  const account = random.accountId();
  const region = random.pick(REGIONS);
  const kind = random.pick(['control', 'guardduty', 'inspector'] as const);
  const created = isoAt(index);
  const updated = random.chance(0.5) ? created : isoAt(index + 100);
  const product = {
    control: ['securityhub', 'Security Hub', 'AWS'],
    guardduty: ['guardduty', 'GuardDuty', 'Amazon'],
    inspector: ['inspector', 'Inspector', 'Amazon'],
  }[kind];
  const finding: Record<string, unknown> = {
    SchemaVersion: '2018-10-08',
    Id: `arn:aws:securityhub:${region}:${account}:finding/${random.uuid()}`,
    ProductArn: `arn:aws:securityhub:${region}::product/aws/${product[0]}`,
    ProductName: product[1],
    CompanyName: product[2],
    Region: region,
    GeneratorId: kind === 'control' ? 'security-control/S3.1' : `${product[0]}-generator`,
    AwsAccountId: account,
    Types: [
      kind === 'inspector'
        ? 'Software and Configuration Checks/Vulnerabilities/CVE'
        : 'Software and Configuration Checks/Industry and Regulatory Standards',
    ],
    CreatedAt: created,
    UpdatedAt: updated,
    Severity: { Label: random.pick(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']) },
    Title: `Generated ${kind} finding ${index}`,
    Description: 'Synthetic finding for benchmarks.',
    Resources: [
      {
        Type: 'AwsEc2Instance',
        Id: `arn:aws:ec2:${region}:${account}:instance/i-${random.hex(17)}`,
        Partition: 'aws',
        Region: region,
      },
    ],
    Workflow: { Status: random.pick(['NEW', 'NOTIFIED', 'RESOLVED']) },
    RecordState: 'ACTIVE',
  };

  if (kind === 'control') {
    finding.Compliance = { Status: random.pick(['PASSED', 'FAILED']), SecurityControlId: 'S3.1' };
  }
  if (kind === 'inspector') {
    finding.Vulnerabilities = [
      {
        Id: `CVE-2024-${random.int(1000, 49999)}`,
        VulnerablePackages: [{ Name: 'openssl', Version: '3.0.2' }],
      },
    ];
  }

  return finding;
}

/** GuardDuty findings as `get-findings` returns them (the native GuardDuty shape). */
export const guarddutyGenerator: SourceGenerator = {
  sourceType: 'guardduty',
  generate(count, seed) {
    const random = new SeededRandom(seed);
    const findings = [
      ...times(count, (index) => {
        const account = random.accountId();
        const region = random.pick(REGIONS);
        const id = random.hex(32);

        return {
          AccountId: account,
          Arn: `arn:aws:guardduty:${region}:${account}:detector/${random.hex(32)}/finding/${id}`,
          CreatedAt: isoAt(index),
          Description: 'EC2 instance is communicating with a known command and control host.',
          Id: id,
          Partition: 'aws',
          Region: region,
          Resource: {
            ResourceType: 'Instance',
            InstanceDetails: { InstanceId: `i-${random.hex(17)}`, InstanceType: 't3.micro' },
          },
          SchemaVersion: '2.0',
          Service: {
            Action: {
              ActionType: 'NETWORK_CONNECTION',
              NetworkConnectionAction: {
                ConnectionDirection: 'OUTBOUND',
                Protocol: 'TCP',
                RemoteIpDetails: { IpAddressV4: random.publicIp() },
                RemotePortDetails: { Port: 443 },
                LocalPortDetails: { Port: random.int(1024, 65535) },
                Blocked: false,
              },
            },
            Count: random.int(1, 20),
            DetectorId: random.hex(32),
            EventFirstSeen: isoAt(index),
            EventLastSeen: isoAt(index + 10),
            ServiceName: 'guardduty',
          },
          Severity: random.pick([2, 5, 8]),
          Title: 'Command and control activity',
          Type: 'Backdoor:EC2/C&CActivity.B!DNS',
          UpdatedAt: isoAt(index + 10),
        };
      }),
    ];

    return JSON.stringify({ Findings: findings });
  },
};

/** EKS control-plane audit events (Kubernetes audit.k8s.io/v1), one per line. */
export const eksAuditGenerator: SourceGenerator = {
  sourceType: 'eks-audit',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => {
        const verb = random.pick(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']);
        const resource = random.pick(['pods', 'secrets', 'configmaps', 'deployments', 'nodes']);
        const namespace = random.pick(['default', 'kube-system', 'payments']);

        return {
          kind: 'Event',
          apiVersion: 'audit.k8s.io/v1',
          level: 'Metadata',
          auditID: random.uuid(),
          stage: 'ResponseComplete',
          requestURI: `/api/v1/namespaces/${namespace}/${resource}`,
          verb,
          user: {
            username: random.pick([
              'kubernetes-admin',
              'system:serviceaccount:kube-system:coredns',
            ]),
            uid: `aws-iam-authenticator:${random.accountId()}:AROA${random.hex(12).toUpperCase()}`,
            groups: ['system:authenticated'],
          },
          sourceIPs: [random.privateIp()],
          userAgent: 'kubectl/v1.29.0 (linux/amd64) kubernetes/abcdef',
          objectRef: { resource, namespace, apiVersion: 'v1' },
          responseStatus: { metadata: {}, code: random.chance(0.9) ? 200 : 403 },
          requestReceivedTimestamp: isoAt(index),
          stageTimestamp: isoAt(index + 1),
          annotations: {
            'authorization.k8s.io/decision': 'allow',
            'authorization.k8s.io/reason': '',
          },
        };
      }),
    );
  },
};

/** AWS WAF web ACL logs, one JSON record per line. */
export const wafGenerator: SourceGenerator = {
  sourceType: 'waf',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => {
        const blocked = random.chance(0.2);

        return {
          timestamp: timeAt(index),
          formatVersion: 1,
          webaclId: `arn:aws:wafv2:us-east-1:${random.accountId()}:regional/webacl/web-acl/${random.uuid()}`,
          terminatingRuleId: blocked ? 'AWS-AWSManagedRulesSQLiRuleSet' : 'Default_Action',
          terminatingRuleType: blocked ? 'MANAGED_RULE_GROUP' : 'REGULAR',
          action: blocked ? 'BLOCK' : 'ALLOW',
          terminatingRuleMatchDetails: [],
          httpSourceName: 'ALB',
          httpSourceId: `${random.accountId()}-app/my-alb/${random.hex(16)}`,
          ruleGroupList: [],
          rateBasedRuleList: [],
          nonTerminatingMatchingRules: [],
          requestHeadersInserted: null,
          responseCodeSent: null,
          httpRequest: {
            clientIp: random.publicIp(),
            country: random.pick(['US', 'FR', 'DE', 'JP']),
            headers: [
              { name: 'Host', value: 'shop.example.com' },
              { name: 'User-Agent', value: 'Mozilla/5.0' },
            ],
            uri: random.pick(['/', '/login', '/api/cart', '/search']),
            args: random.chance(0.5) ? 'q=shoes' : '',
            httpVersion: 'HTTP/1.1',
            httpMethod: random.pick(['GET', 'POST']),
            requestId: random.hex(24),
          },
        };
      }),
    );
  },
};
