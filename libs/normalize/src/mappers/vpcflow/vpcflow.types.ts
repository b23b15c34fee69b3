/** The version 2 default format, used when neither the input nor the options give one. */
export const DEFAULT_VPC_FLOW_FORMAT = [
  'version',
  'account-id',
  'interface-id',
  'srcaddr',
  'dstaddr',
  'srcport',
  'dstport',
  'protocol',
  'packets',
  'bytes',
  'start',
  'end',
  'action',
  'log-status',
] as const;

/** Fields the event builder places in typed attributes; any other field goes to `unmapped`. */
export const MAPPED_VPC_FLOW_FIELDS = [
  ...DEFAULT_VPC_FLOW_FORMAT,
  'vpc-id',
  'subnet-id',
  'instance-id',
  'tcp-flags',
  'type',
  'pkt-srcaddr',
  'pkt-dstaddr',
  'region',
  'az-id',
  'pkt-src-aws-service',
  'pkt-dst-aws-service',
  'flow-direction',
  'traffic-path',
] as const;

/**
 * Field names a VPC flow log format can contain (versions 2–8), in AWS's kebab-case spelling.
 * Names outside this list are still accepted in a format: their values go to `unmapped`.
 */
export const VPC_FLOW_FIELDS = [
  ...MAPPED_VPC_FLOW_FIELDS,
  'sublocation-type',
  'sublocation-id',
  'ecs-cluster-arn',
  'ecs-cluster-name',
  'ecs-container-instance-arn',
  'ecs-container-instance-id',
  'ecs-container-id',
  'ecs-second-container-id',
  'ecs-service-name',
  'ecs-task-definition-arn',
  'ecs-task-arn',
  'ecs-task-id',
  'reject-reason',
] as const;

export type VpcFlowField = (typeof VPC_FLOW_FIELDS)[number];

/** One flow record split into its space-separated values, read through its format. */
export interface VpcFlowRecord {
  readonly format: VpcFlowFormat;
  readonly values: readonly string[];
  /** The line as read, for `raw_data`. */
  readonly text: string;
}

/** A field order, with each known field's column resolved once per batch. */
export interface VpcFlowFormat {
  /** Field names in column order, kebab-case. */
  readonly names: readonly string[];
  /** Column of each known field present in the format. */
  readonly columns: ReadonlyMap<string, number>;
}
