export * from './model/ocsf-objects.types';
export * from './model/ocsf-events.types';
export * from './ocsf-version';
