import { ensureViewerBuilt } from "../../src/serve/index.ts";

export default async function setup(): Promise<void> {
  await ensureViewerBuilt();
}
