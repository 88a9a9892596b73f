// The hover names the release that judged the VM, says when a later release would reject it, and where the chosen
// release wires something other than the main wiring shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/render/hover';
import { renderWiringDocument } from '../../server/src/core/render/wiring-document';
import { defaultContext } from '../../server/src/core/context/context';
import { withKubevirtVersion } from '../../server/src/core/context/load';
import type { KubevirtVersion } from '../../server/src/core/context/version';
import { analyze } from './helpers';
import { MASQ_IF, POD_NET, vmiYaml } from '../helpers/manifests';

const noBinding = vmiYaml({ interfaces: [{ name: 'default' }], networks: [POD_NET] });
const masquerade = vmiYaml({ interfaces: [MASQ_IF], networks: [POD_NET] });
const as = (v: KubevirtVersion) => withKubevirtVersion(defaultContext(), v)!;
const hover = (text: string, v: KubevirtVersion, needle: string) => hoverAt(analyze(text, as(v)), text.indexOf(needle) + 1)!.markdown;

test('an interface without binding, accepted up to v1.8: the hover says v1.9 would reject it', () => {
  const md = hover(noBinding, 'v1.7', 'kind:');
  assert.match(
    md,
    /\*\*Upgrade:\*\* KubeVirt v1\.9 would reject this VirtualMachineInstance: `spec\.domain\.devices\.interfaces\[0\]`: logical default interface must have exactly one binding method or binding plugin \*\(BIND-01\)\*/,
  );
  assert.match(md, /Admission as KubeVirt v1\.7 \(from virtwire\.kubevirtVersion\)/);
  assert.match(hover(noBinding, 'v1.8', 'name: default'), /KubeVirt v1\.9 would reject/);
});

test('no upgrade line when every later release accepts it, or it is rejected already', () => {
  assert.doesNotMatch(hover(masquerade, 'v1.5', 'kind:'), /Upgrade/);
  assert.doesNotMatch(hover(noBinding, 'v1.9', 'kind:'), /Upgrade/);
  assert.match(hover(noBinding, 'v1.9', 'kind:'), /Rejected/);
});

test('before v1.7 the hover says KubeVirt would not add the istio reroute annotation the main wiring shows', () => {
  assert.match(
    hover(masquerade, 'v1.6', 'kind:'),
    /KubeVirt v1\.6 does not add the pod annotation `istio\.io\/reroute-virtual-interfaces`/,
  );
  assert.doesNotMatch(hover(masquerade, 'v1.7', 'kind:'), /does not add the pod annotation/);
});

test("the Show wiring header names the release whose admission judged, and that the wiring is main's", () => {
  const doc = renderWiringDocument(analyze(masquerade, as('v1.8')));
  assert.match(doc, /Admission as KubeVirt v1\.8 \(from virtwire\.kubevirtVersion\) · wiring as KubeVirt main/);
});
