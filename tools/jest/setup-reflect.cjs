// Nest and TypeORM read decorator metadata through the Reflect API.
require('reflect-metadata');
