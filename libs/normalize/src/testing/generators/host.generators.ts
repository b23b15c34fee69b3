import { finalizeEvent, type OcsfNetworkActivityEvent } from '@tarn/ocsf';

import type { SourceGenerator } from './source-generator.interface';
import { ndjson, SeededRandom, timeAt, times } from './seeded-random';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Linux syslog: mostly BSD (RFC 3164) sshd/sudo/cron lines, some RFC 5424 ones. */
export const syslogGenerator: SourceGenerator = {
  sourceType: 'syslog',
  generate(count, seed) {
    const random = new SeededRandom(seed);
    const lines = [
      ...times(count, (index) => {
        const date = new Date(timeAt(index));
        const host = random.pick(['web-1', 'web-2', 'bastion']);
        const pid = random.int(100, 65000);
        const ip = random.publicIp();
        const user = random.pick(['alice', 'bob', 'root', 'admin']);

        if (random.chance(0.2)) {
          return `<38>1 ${date.toISOString()} ${host} sshd ${pid} - - Failed password for ${user} from ${ip} port ${random.int(1024, 65535)} ssh2`;
        }
        const stamp = `${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, ' ')} ${date.toISOString().slice(11, 19)}`;
        const message = random.pick([
          `sshd[${pid}]: Accepted publickey for ${user} from ${ip} port ${random.int(1024, 65535)} ssh2`,
          `sshd[${pid}]: Failed password for invalid user ${user} from ${ip} port ${random.int(1024, 65535)} ssh2`,
          `sudo:    ${user} : TTY=pts/0 ; PWD=/home/${user} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx`,
          `CRON[${pid}]: (root) CMD (run-parts /etc/cron.hourly)`,
          `kernel: [${random.int(1, 99999)}.${random.int(100000, 999999)}] eth0: link up`,
        ]);

        return `${stamp} ${host} ${message}`;
      }),
    ];

    return `${lines.join('\n')}\n`;
  },
};

/** Zeek conn.log in Zeek's JSON output (dotted `id.*` field names). */
export const zeekConnGenerator: SourceGenerator = {
  sourceType: 'zeek-conn',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => {
        const proto = random.pick(['tcp', 'tcp', 'udp', 'icmp']);

        return {
          ts: timeAt(index) / 1000,
          uid: `C${random.hex(17)}`,
          'id.orig_h': random.privateIp(),
          'id.orig_p': proto === 'icmp' ? 8 : random.int(1024, 65535),
          'id.resp_h': random.chance(0.5) ? random.privateIp() : random.publicIp(),
          'id.resp_p': proto === 'icmp' ? 0 : random.pick([53, 80, 443, 445, 3389]),
          proto,
          service: proto === 'udp' ? 'dns' : random.pick(['http', 'ssl', undefined]),
          duration: random.int(1, 5_000_000) / 1e6,
          orig_bytes: random.int(0, 100_000),
          resp_bytes: random.int(0, 1_000_000),
          conn_state: random.pick(['SF', 'S0', 'REJ', 'RSTO']),
          local_orig: true,
          local_resp: false,
          missed_bytes: 0,
          history: random.pick(['ShADadfF', 'S', 'ShR', 'Dd']),
          orig_pkts: random.int(1, 100),
          orig_ip_bytes: random.int(40, 120_000),
          resp_pkts: random.int(0, 100),
          resp_ip_bytes: random.int(0, 1_200_000),
        };
      }),
    );
  },
};

/** OCSF 1.1.0 Network Activity events, as a custom source that already speaks OCSF sends. */
export const ocsfGenerator: SourceGenerator = {
  sourceType: 'ocsf',
  generate(count, seed) {
    const random = new SeededRandom(seed);

    return ndjson(
      times(count, (index) => {
        const event: OcsfNetworkActivityEvent = {
          class_uid: 4001,
          category_uid: 4,
          activity_id: 6,
          type_uid: 0,
          severity_id: 1,
          time: timeAt(index),
          metadata: {
            version: '1.1.0',
            product: { name: 'Edge Firewall', vendor_name: 'Example' },
            uid: random.uuid(),
          },
          src_endpoint: { ip: random.privateIp(), port: random.int(1024, 65535) },
          dst_endpoint: { ip: random.publicIp(), port: 443 },
          connection_info: { direction_id: 2, protocol_num: 6 },
          traffic: { bytes: random.int(40, 100_000), packets: random.int(1, 100) },
          status_id: 1,
        };

        return finalizeEvent(event);
      }),
    );
  },
};
