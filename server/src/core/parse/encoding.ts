// Bytes to text the way kubectl reads a manifest: k8s.io/cli-runtime pkg/resource/visitor.go
// (FileVisitor.Visit) wraps every file and standard input in golang.org/x/text's
// unicode.BOMOverride(unicode.UTF8.NewDecoder()): a UTF-8 byte order mark is dropped, a UTF-16 LE or BE
// one switches to UTF-16, and otherwise the bytes are UTF-8 whose ill-formed sequences become U+FFFD
// (x/text encoding/unicode utf8Decoder.Transform, maximal subparts, as TextDecoder does). kubectl reports
// no error for invalid UTF-8: the replacement characters simply end up in the object. UTF-16 without a byte
// order mark is read as UTF-8, and its NUL bytes then fail go-yaml's printable check (kubectl-text.ts).

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Ill-formed UTF-8 sequences replaced by U+FFFD (0 for UTF-16). */
  replaced: number;
}

function utf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  // an odd trailing byte is ill-formed: one replacement character, as x/text's UTF-16 decoder writes
  return new TextDecoder('utf-16le').decode(swapped) + (bytes.length % 2 ? '\ufffd' : '');
}

/** Decodes a manifest's bytes as kubectl does. */
export function decodeManifest(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(rest), encoding: 'utf-8-bom', replaced: countReplaced(rest) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', replaced: 0 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be(bytes.subarray(2)), encoding: 'utf-16be', replaced: 0 };
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', replaced: countReplaced(bytes) };
}

/** How many U+FFFD the decoder wrote for ill-formed input (0 for valid UTF-8, checked first and fast). */
function countReplaced(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return 0;
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let n = 0;
    for (const ch of lenient) if (ch === '\ufffd') n++;
    // replacement characters that were in the file as valid UTF-8 (EF BF BD) are not ill-formed input
    let literal = 0;
    for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
    return n - literal;
  }
}
