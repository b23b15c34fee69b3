import type { RecordPosition } from '../../rejection';
import type { NormalizeOptions, SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import type { ReadResult } from '../../util/map-records.util';
import { readLines } from '../../util/read-lines.util';
import { buildRejection } from '../../util/rejection.util';
import { buildFlowEvent, fieldCountError } from './vpcflow-event.builder';
import {
  DEFAULT_FORMAT,
  isHeaderLine,
  parseFlowFormat,
  splitFlowLine,
} from './vpcflow-format.parser';
import type { VpcFlowFormat, VpcFlowRecord } from './vpcflow.types';

export const vpcflowMapper: SourceMapper = {
  sourceType: 'vpcflow',
  ocsfVersion: '1.1.0',
  description: 'Amazon VPC Flow Logs (versions 2–8, default or custom format) → Network Activity',
  map: (input, options) =>
    mapRecords(readFlowRecords(input, options), (record) => buildFlowEvent(record, options)),
};

/**
 * Yields each line split by its format. The format comes from a header line (S3 delivery
 * writes one), else from `options.vpcFlowFormat`, else the version 2 default.
 */
function* readFlowRecords(
  input: string,
  options: NormalizeOptions,
): Generator<ReadResult<VpcFlowRecord>> {
  let format: VpcFlowFormat | undefined;
  let indexShift = 0;

  for (const line of readLines(input)) {
    const values = splitFlowLine(line.text);

    if (format === undefined && isHeaderLine(values)) {
      format = parseFlowFormat(line.text);
      indexShift = 1;
      continue;
    }
    format ??= formatFromOptions(options);
    const position: RecordPosition = { ...line.position, index: line.position.index - indexShift };

    yield values.length === format.names.length
      ? { ok: true, value: { format, values, text: line.text }, position, text: line.text }
      : fieldCountFailure(format, values, position, line.text);
  }
}

function formatFromOptions(options: NormalizeOptions): VpcFlowFormat {
  const configured =
    options.vpcFlowFormat === undefined ? undefined : parseFlowFormat(options.vpcFlowFormat);

  return configured ?? DEFAULT_FORMAT;
}

function fieldCountFailure(
  format: VpcFlowFormat,
  values: readonly string[],
  position: RecordPosition,
  text: string,
): ReadResult<VpcFlowRecord> {
  const error = fieldCountError(format.names.length, values.length);

  return { ok: false, rejection: buildRejection(error.code, error.message, position, text) };
}
