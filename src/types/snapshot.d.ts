/** The build's snapshot, handed to the page bundle by src/build/snapshot-module.ts. */
declare module 'virtual:disclose/snapshot' {
  export const snapshot: import('../corpus/snapshot.ts').Snapshot;
}
