#!/usr/bin/env node
// The `virtwire` command: a thin shell over the core.

import { processIO, UsageError, type IO } from './io';
import { runCheck } from './check';
import { runExplain } from './explain';
import { runDoctorCommand } from './doctor';
import { VERSION } from '../version';
import { errorText } from '../core/index';

const USAGE = `usage:
  virtwire check   [--format text|json|sarif] [--kubevirt-cr FILE] [--context FILE]
                   [--kubevirt-version V] [--cluster-profile kubevirt|openshift] [--no-nad-check]
                   [--pitfall CODE,...] [--no-pitfall CODE,...] [--upgrade-to V] PATH...
  virtwire explain [--format text|json|svg|mermaid] [--kubevirt-cr FILE] [--context FILE]
                   [--kubevirt-version V] [--cluster-profile kubevirt|openshift] [--no-nad-check]
                   [--pitfall CODE,...] [--no-pitfall CODE,...] PATH...
  virtwire doctor  [--format text|json] [--kubevirt-cr FILE] [--kubevirt-version V] [--vmi NAME] PATH...|-
  virtwire doctor  --live VMI [--context NAME] [--kubeconfig FILE] [--namespace NS] [--format text|json]
  virtwire --version

PATH is a file, a folder (its *.yaml / *.yml, recursively) or - (standard input).
V is the KubeVirt release to judge as: auto (default: the KubeVirt CR's status.observedKubeVirtVersion,
else v1.9), v1.5, v1.6, v1.7, v1.8, v1.9 or main; 1.8 means v1.8, v1.8.3 its patch release 3 (patch-level
runtime fixes count). --no-pitfall / --pitfall switch a pitfall of the catalogue (MAC-UNPINNED, STATUS-FLAP, …)
off or on.
check exits 0 when no finding is an error, 1 when one is, 2 on usage errors or when a PATH cannot be read
(the other PATHs are still checked). With --upgrade-to V it lists what V rejects that the current release
accepts ("new") and what V stops rejecting ("gone"), and exits 1 when V rejects a resource the current accepts.
doctor reads a running VM's dump (kubectl get vmi,pod -o yaml; ip -j addr, nft -j list ruleset, virsh dumpxml
outputs) and exits 0 when no finding is an error or warning, 1 when one is, 2 on usage or I/O errors.
`;

export async function main(argv: string[], io: IO = processIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check':
        return await runCheck(rest, io);
      case 'explain':
        return await runExplain(rest, io);
      case 'doctor':
        return await runDoctorCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(`virtwire ${VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return 0;
      default:
        io.stderr(cmd ? `virtwire: unknown command "${cmd}"\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`virtwire: ${e.message}\n${e.showUsage ? USAGE : ''}`);
      return 2;
    }
    io.stderr(`virtwire: internal error: ${errorText(e)}\n`);
    return 2;
  }
}

/** The process around main(): its exit code, and a reader that goes away is no failure. */
export function run(argv: string[]): void {
  // a reader that went away (`virtwire check … | head`) is no failure of the check: the rest of the output is
  // dropped and the exit code stays the command's
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run(process.argv.slice(2));
