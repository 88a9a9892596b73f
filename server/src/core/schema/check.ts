// Schema checks (SCHEMA-01..06): placeholder until the schema module lands.
import type { VmResource } from '../model/resource';
import type { Finding } from '../types';

export function checkSchema(_resource: VmResource): Finding[] {
  return [];
}
