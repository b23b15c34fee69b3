/** Keys of structured log and metric attributes, defined once so that every component spells them alike. */
export enum LogField {
  App = 'app',
  Component = 'component',
  CorrelationId = 'correlation_id',
  RequestId = 'request.id',
  JobId = 'job.id',
  Queue = 'queue',
  SourceId = 'source.id',
  BatchId = 'batch.id',
  ErrorCode = 'error.code',
  DurationMs = 'duration_ms',
}
