import { readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";

const dir = new URL("../fixtures/gexf-schema/", import.meta.url);
const file = (name: string) => ({ fileName: name, contents: readFileSync(new URL(name, dir), "utf8") });

/** Validates a GEXF document against the official GEXF 1.3 RelaxNG schema; returns the errors. */
export async function gexfErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "graph.gexf", contents: xml },
    schema: file("gexf.rng"),
    preload: [file("viz.rng"), file("dynamics.rng")],
    extension: "relaxng",
    maxMemoryPages: 16384,
  });
  return result.errors.map((e) => e.rawMessage);
}
