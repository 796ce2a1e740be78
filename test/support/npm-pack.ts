/** `npm pack` of this repository, as `npm publish` would pack it (no lifecycle scripts), read from its `--json` output. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

export interface PackedTarball {
  /** The tarball's name, in `destination`. */
  filename: string;
  files: { path: string }[];
  unpackedSize: number;
  entryCount: number;
}

/** Packs into `destination`, or only lists what it would pack (`--dry-run`) without one. */
export function npmPack(destination?: string): PackedTarball {
  const args = ["pack", "--json", "--ignore-scripts", ...(destination === undefined ? ["--dry-run"] : ["--pack-destination", destination])];
  const [packed] = JSON.parse(execFileSync("npm", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as PackedTarball[];
  return packed;
}
