import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, only, vmiOf } from './helpers';

test('DR-STATUS-07: no guest agent is information only', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.status.conditions = [];
  for (const s of vmi.status.interfaces) s.infoSource = s.infoSource.replace(', guest-agent', '');
  const r = doctor(list);
  assert.equal(only(r, 'DR-STATUS-07').severity, 'information');
  assert.deepEqual(codes(r, 'warning'), []);
});

test('DR-STATUS-08: a guest interface whose MAC matches no NIC; the loopback is not reported', () => {
  const list = healthy();
  vmiOf(list).status.interfaces.push(
    { infoSource: 'guest-agent', interfaceName: 'eth2', mac: '52:54:00:00:00:09', ipAddresses: ['172.16.0.4'] },
    { infoSource: 'guest-agent', interfaceName: 'lo', mac: '00:00:00:00:00:00', ipAddresses: ['127.0.0.1'] },
  );
  const f = only(doctor(list), 'DR-STATUS-08');
  assert.equal(f.interface, null);
  assert.match(f.message, /eth2/);
});
