/**
 * How the page bundle gets the snapshot: as the module `virtual:disclose/snapshot`. The build
 * takes the snapshot once, in its own process, and writes it to a file with v8's serializer
 * (which keeps Dates and Maps); this Vite plugin gives the bundle a module that reads it back.
 * So a page never reads the content folder or the clock itself (ARCHITECTURE.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type { Plugin } from 'vite';
import type { Snapshot } from '../corpus/snapshot.ts';

export const SNAPSHOT_MODULE = 'virtual:disclose/snapshot';
const RESOLVED = `\0${SNAPSHOT_MODULE}`;

export interface SnapshotFile {
  /** Replaces the snapshot the bundle reads (astro dev does, when the content changes). */
  write(snapshot: Snapshot): void;
  plugin: Plugin;
  /** Removes the file; the build does when it ends. */
  remove(): void;
}

/**
 * @param watch in `astro dev`: the content folder, and how to take a new snapshot when a file
 *   in it changes (a failed take keeps the old one; the error is shown by the caller).
 */
export function snapshotFile(watch?: { dir: string; retake: () => Snapshot | undefined }): SnapshotFile {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-snapshot-'));
  const file = path.join(folder, 'snapshot.v8');
  return {
    write: (snapshot) => fs.writeFileSync(file, v8.serialize(snapshot)),
    remove: () => fs.rmSync(folder, { recursive: true, force: true }),
    plugin: {
      name: 'disclose:snapshot',
      resolveId: (id) => (id === SNAPSHOT_MODULE ? RESOLVED : undefined),
      load: (id) =>
        id === RESOLVED
          ? `import { readFileSync } from 'node:fs';\nimport { deserialize } from 'node:v8';\nexport const snapshot = deserialize(readFileSync(${JSON.stringify(file)}));\n`
          : undefined,
      configureServer(server) {
        if (!watch) return;
        server.watcher.add(watch.dir);
        server.watcher.on('all', (_event, changed) => {
          if (!path.resolve(changed).startsWith(watch.dir + path.sep)) return;
          const next = watch.retake();
          if (!next) return;
          fs.writeFileSync(file, v8.serialize(next));
          for (const environment of Object.values(server.environments)) {
            const mod = environment.moduleGraph.getModuleById(RESOLVED);
            if (mod) environment.moduleGraph.invalidateModule(mod);
          }
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
