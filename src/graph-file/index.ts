// The graph files on disk: written as one set that a crash cannot mix (hkg build), read back as
// committed by every consumer (hkg load, hkg eval, hkg serve).
export { committedPath, readCommitted, recoverOutputs, writeFilesAtomically } from "./atomic.ts";
export type { FileContent } from "./atomic.ts";
export { graphFilePath, graphKind, GraphFileError, readGraphFile } from "./read.ts";
export type { GraphKind, SerializedGraph } from "./read.ts";
