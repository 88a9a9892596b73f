// Templated YAML: Helm and Go templates (`{{ … }}`), Jinja (`{{ … }}`, `{% … %}`, `{# … #}`). Such a file is
// not a manifest until it is rendered, so parsing it as one yields a cascade of syntax errors. A document is
// templated when template syntax stands where YAML structure is (a key, an unquoted value, a line of its
// own); template syntax inside a quoted or block string (cloud-init user data, an annotation) is just text.
// A templated document is checked in a neutral copy of the same length: lines that are only a template
// action (`{% if … %}`, `{{- end }}`, `{{ toYaml .Values.x | nindent 8 }}`) become blank, and every other
// expression becomes `${___}`, an opaque value like an OpenShift Template parameter (model/template-params.ts).

import { isScalar, visit, type Document } from 'yaml';

/** Template syntax outside comment lines. */
const MARKER = /\{\{|\{%|\{#/g;
const EXPRESSION = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g;
/** A line holding nothing but template actions. */
const ACTION_LINE = /^[ \t]*(?:(?:\{\{[^\n]*?\}\}|\{%[^\n]*?%\}|\{#[^\n]*?#\})[ \t]*)+\r?$/gm;

/** Offsets of template syntax outside comment lines. */
export function templateMarkers(text: string): number[] {
  const out: number[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (/^[ \t]*#/.test(text.slice(lineStart, m.index))) continue;
    out.push(m.index);
  }
  return out;
}

/** Whether template syntax at `markers` stands where YAML structure is, given the document parsed as is. */
export function structuralMarker(yaml: Document.Parsed, hasSyntaxError: boolean, markers: number[]): number | undefined {
  if (markers.length === 0) return undefined;
  if (hasSyntaxError) return markers[0];
  const strings: [number, number][] = [];
  visit(yaml, {
    Scalar: (_k, n) => {
      if (!isScalar(n) || !n.range || typeof n.value !== 'string') return;
      // a plain scalar that starts with the marker is YAML reading template syntax as data
      const start = n.type === 'PLAIN' ? n.range[0] + 1 : n.range[0];
      strings.push([start, n.range[1]]);
    },
  });
  return markers.find((m) => !strings.some(([s, e]) => m >= s && m < e));
}

export interface Neutral {
  text: string;
  /** Lines that were only template actions (blanked: the document's structure may differ once rendered). */
  actionLines: number;
}

/** The same-length neutral copy of a templated document (see the header). */
export function neutralise(text: string): Neutral {
  let actionLines = 0;
  let out = text.replace(ACTION_LINE, (line) => {
    actionLines++;
    return line.replace(/[^\r]/g, ' ');
  });
  out = out.replace(EXPRESSION, (e) =>
    e.includes('\n') ? e.replace(/[^\n]/g, ' ') : e.length >= 3 ? `\${${'_'.repeat(e.length - 3)}}` : e,
  );
  return { text: out, actionLines };
}
