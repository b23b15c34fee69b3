import type { OcsfDevice } from '@tarn/ocsf';

type OcsfOs = NonNullable<OcsfDevice['os']>;

/** OCSF 1.1.0 `os.type_id` values for the platforms identity providers report. */
const OS_TYPES: readonly { test: (name: string) => boolean; id: number; caption: string }[] = [
  {
    test: (n) => n.startsWith('windows phone') || n.startsWith('windows mobile'),
    id: 101,
    caption: 'Windows Mobile',
  },
  { test: (n) => n.startsWith('windows'), id: 100, caption: 'Windows' },
  { test: (n) => n.startsWith('android'), id: 201, caption: 'Android' },
  { test: (n) => n.startsWith('ipados'), id: 302, caption: 'iPadOS' },
  { test: (n) => n.startsWith('ios') || n.startsWith('iphone'), id: 301, caption: 'iOS' },
  {
    test: (n) => n.startsWith('mac') || n.startsWith('osx') || n === 'os x',
    id: 300,
    caption: 'macOS',
  },
  { test: (n) => n.startsWith('linux') || n.startsWith('ubuntu'), id: 200, caption: 'Linux' },
];

const OTHER_OS = { id: 99, caption: 'Other' };

/**
 * An OCSF `os` from the free-text platform name a sign-in log gives ("MacOs", "Windows 10",
 * "Mac OS X", "OSX"). A name we do not recognise is still an OS: type Other, name kept.
 */
export function osFromName(name: string): OcsfOs {
  const lower = name.trim().toLowerCase();
  const type = OS_TYPES.find((candidate) => candidate.test(lower)) ?? OTHER_OS;

  return { name, type_id: type.id, type: type.caption };
}
