export * from './content-type.rules';
export * from './decode-body.util';
export * from './intake-limits';
export * from './intake.exception';
export * from './intake.module';
export * from './intake.service';
