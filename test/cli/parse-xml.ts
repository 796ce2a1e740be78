/** A strict little XML parser for the JUnit reports the tests read back. */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict little XML parser for what the JUnit reporter writes: a prolog, elements, attributes in double quotes,
 * text, the five entities and character references. Anything else — a bare `&`, a `<` in an attribute, a tag that
 * does not close, a character XML 1.0 cannot hold — throws.
 */
export function parseXml(xml: string): XmlElement {
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)?.toString(16)} is not allowed in XML`);
  const prolog = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!prolog) throw new Error("no XML declaration");
  let pos = prolog[0].length;
  const decode = (raw: string) =>
    raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);|&/g, (m, entity: string | undefined) => {
      if (entity === undefined) throw new Error(`bare & at ${raw}`);
      if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
      return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[entity] as string;
    });
  const element = (): XmlElement => {
    const open = /<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>/y;
    open.lastIndex = pos;
    const m = open.exec(xml);
    if (!m) throw new Error(`expected an element at ${pos}: ${xml.slice(pos, pos + 60)}`);
    pos = open.lastIndex;
    const attributes: Record<string, string> = {};
    for (const [, key, value] of m[2].matchAll(/([A-Za-z][\w.-]*)="([^"<]*)"/g)) {
      if (key in attributes) throw new Error(`duplicate attribute ${key}`);
      // As a parser does: literal whitespace in an attribute value becomes a space; references survive.
      attributes[key] = decode(value.replace(/[\t\n\r]/g, " "));
    }
    const node: XmlElement = { name: m[1], attributes, children: [], text: "" };
    if (m[3] === "/") return node;
    for (;;) {
      const text = /[^<]*/y;
      text.lastIndex = pos;
      const raw = text.exec(xml)?.[0] ?? "";
      if (raw.includes(">")) throw new Error(`unescaped > in text: ${raw}`);
      node.text += decode(raw);
      pos += raw.length;
      if (xml.startsWith("</", pos)) {
        const close = /<\/([A-Za-z][\w.-]*)>/y;
        close.lastIndex = pos;
        const c = close.exec(xml);
        if (!c || c[1] !== node.name) throw new Error(`<${node.name}> closed by ${xml.slice(pos, pos + 30)}`);
        pos = close.lastIndex;
        return node;
      }
      if (pos >= xml.length) throw new Error(`<${node.name}> never closed`);
      node.children.push(element());
    }
  };
  const root = element();
  if (xml.slice(pos).trim() !== "") throw new Error(`content after the root element: ${xml.slice(pos, pos + 40)}`);
  return root;
}
