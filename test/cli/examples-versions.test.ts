import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { FIXTURES } from '../helpers/paths';
import { KUBEVIRT_VERSIONS } from '../../server/src/core/context/version';

// KubeVirt's example manifests get no error in any release where their fields exist; where a release's CRD lacks a
// field (vmi-dra-pgpu's DRA GPU fields before v1.6) the only errors are that release's unknown fields.
for (const v of KUBEVIRT_VERSIONS) {
  test(`KubeVirt example manifests as ${v}: no error but fields the release does not know`, () => {
    const r = runCli(['check', '--format', 'json', '--kubevirt-version', v, path.join(FIXTURES, 'examples')]);
    const out = JSON.parse(r.stdout) as {
      files: { file: string; diagnostics: { severity: string; code: string; field: string; message: string }[] }[];
    };
    const errors = out.files.flatMap((f) =>
      f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.basename(f.file)} ${d.code} ${d.field}`),
    );
    const expected =
      v === 'v1.5'
        ? [
            'vmi-dra-pgpu.yaml SCHEMA-04 spec.domain.devices.gpus[0].claimName',
            'vmi-dra-pgpu.yaml SCHEMA-04 spec.domain.devices.gpus[0].requestName',
            'vmi-dra-pgpu.yaml SCHEMA-04 spec.resourceClaims',
          ]
        : [];
    assert.deepEqual(errors, expected);
    assert.equal(r.code, expected.length ? 1 : 0);
  });
}
