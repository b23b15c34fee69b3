// Tests assert on behaviour, not on Nest's lifecycle chatter; keep warnings and errors visible.
require('@nestjs/common').Logger.overrideLogger(['error', 'warn']);
