// The part of xml-writer (graphology-gexf's own XML writer) the streaming GEXF writer uses.
declare module "xml-writer" {
  export default class XMLWriter {
    /** `indent`: the indentation string; `sink` receives every piece of output in order */
    constructor(indent: string | boolean, sink?: (piece: string) => void);
    startDocument(version?: string, encoding?: string): this;
    startElement(name: string): this;
    startElementNS(prefix: string, name: string): this;
    writeAttribute(name: string, content: string | number): this;
    writeElement(name: string, content: string): this;
    endAttributes(): this;
    endElement(): this;
    flush(): void;
  }
}
