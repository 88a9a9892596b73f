// Bounded reads for both shells: regular files only (never a device, a FIFO, a socket or a folder, which could
// block or never end), at most a given number of bytes, without following the file's size as it grows. What
// goes wrong is a ReadError with a short reason meant for people; it never quotes the file's content.

import * as fs from 'node:fs';
import { decodeManifest } from '../core/index';

/** Manifests: a Kubernetes object is at most ~1.5 MiB in etcd; a multi-document file may hold many. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** Context files (a KubeVirt CR, a runtime-context JSON) are small. */
export const MAX_CONTEXT_BYTES = 1024 * 1024;

export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`cannot read ${file}: ${reason}`);
  }
}

/** What a stat says about a path that is not a regular file. */
export function notRegular(st: fs.Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'is a directory';
  if (st.isFIFO()) return 'is a FIFO (named pipe), not a regular file';
  if (st.isSocket()) return 'is a socket, not a regular file';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'is a device, not a regular file';
  return 'is not a regular file';
}

export function tooLarge(bytes: number, max: number): string {
  return `is larger than ${formatBytes(max)} (${formatBytes(bytes)}): not read`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MiB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KiB`;
  return `${n} bytes`;
}

/** A system error as a short phrase (`ENOENT` → "no such file or directory"). */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EAGAIN':
      return 'would block (not a regular file?)';
    default:
      return code ? `system error ${code}` : 'read error';
  }
}

// O_NONBLOCK: opening a FIFO that was swapped in after the stat must not wait for a writer.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** Reads a regular file as UTF-8, at most `max` bytes; throws ReadError otherwise. Never blocks on a FIFO. */
export async function readBounded(file: string, max: number): Promise<string> {
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(file);
  } catch (e) {
    throw new ReadError(file, reasonOf(e));
  }
  const bad = notRegular(st);
  if (bad) throw new ReadError(file, bad);
  if (st.size > max) throw new ReadError(file, tooLarge(st.size, max));
  let fh: fs.promises.FileHandle;
  try {
    fh = await fs.promises.open(file, OPEN_FLAGS);
  } catch (e) {
    throw new ReadError(file, reasonOf(e));
  }
  try {
    const st2 = await fh.stat();
    const bad2 = notRegular(st2);
    if (bad2) throw new ReadError(file, bad2);
    // read at most max + 1 bytes: a file that grew past the limit since the stat is refused, not truncated
    const buf = Buffer.alloc(Math.min(max + 1, Math.max(st2.size, 0) + 64 * 1024));
    let len = 0;
    for (;;) {
      if (len === buf.length) break;
      const { bytesRead } = await fh.read(buf, len, buf.length - len, len);
      if (bytesRead === 0) break;
      len += bytesRead;
    }
    if (len > max) throw new ReadError(file, tooLarge(len, max));
    return decode(buf.subarray(0, len));
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(file, reasonOf(e));
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** As kubectl reads a manifest: byte order marks honoured (UTF-8, UTF-16), U+FFFD for invalid UTF-8. */
function decode(buf: Buffer): string {
  return decodeManifest(buf).text;
}

/** Reads a stream (standard input) as UTF-8, at most `max` bytes; throws ReadError past that. */
export function readStreamBounded(stream: NodeJS.ReadableStream, max: number, name = 'standard input'): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let len = 0;
    const onData = (c: Buffer | string): void => {
      const b = typeof c === 'string' ? Buffer.from(c) : c;
      len += b.length;
      if (len > max) {
        cleanup();
        stream.pause();
        reject(new ReadError(name, `is larger than ${formatBytes(max)}: not read`));
        return;
      }
      parts.push(b);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(decode(Buffer.concat(parts)));
    };
    const onError = (e: unknown): void => {
      cleanup();
      reject(new ReadError(name, reasonOf(e)));
    };
    const cleanup = (): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
