import { locateLines } from "../../hcl-rules/locate";

/** Joins lines with "\n" so that a test can count lines by reading its own source. */
function tf(...lines: string[]): string {
  return lines.join("\n") + "\n";
}

/** The line of `path` when it is found exactly; fails the test with what was found otherwise. */
function lineOf(text: string, path: ReadonlyArray<string | number>): number {
  const found = locateLines(text).lookup(path);
  expect({ path, exact: found?.exact }).toEqual({ path, exact: true });
  return found!.line;
}

describe("locateLines: the hcl2json path shape", () => {
  const listener = tf(
    'resource "aws_lb_listener" "http" {', //  1
    "  port = 80", //                            2
    "  default_action {", //                     3
    '    type = "redirect"', //                  4
    "    redirect {", //                         5
    '      protocol = "HTTPS"', //               6
    "    }", //                                  7
    "  }", //                                    8
    '  dynamic "ingress" {', //                  9
    "    for_each = var.rules", //               10
    "    content {", //                          11
    "      from_port = ingress.value.port", //   12
    "    }", //                                  13
    "  }", //                                    14
    "}", //                                      15
    "locals { a = 1 }", //                       16
    'variable "x" { default = 1 }', //           17
    'module "web" { source = "./m" }', //        18
  );

  it("finds attributes inside nested and dynamic blocks", () => {
    const index = locateLines(listener);
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0, "default_action", 0, "redirect", 0, "protocol"])).toEqual(
      { line: 6, endLine: 6, exact: true },
    );
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0, "dynamic", "ingress", 0, "content", 0, "from_port"])).toEqual(
      { line: 12, endLine: 12, exact: true },
    );
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0, "port"])).toEqual({ line: 2, endLine: 2, exact: true });
  });

  it("gives blocks their whole span", () => {
    const index = locateLines(listener);
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0])).toEqual({ line: 1, endLine: 15, exact: true });
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0, "default_action", 0])).toEqual({ line: 3, endLine: 8, exact: true });
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0, "dynamic", "ingress", 0])).toEqual({ line: 9, endLine: 14, exact: true });
  });

  it("falls back to the nearest enclosing block when the attribute is absent", () => {
    const index = locateLines(listener);
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0, "ssl_policy"])).toEqual({ line: 1, endLine: 15, exact: false });
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0, "default_action", 0, "redirect", 0, "status_code"])).toEqual(
      { line: 5, endLine: 7, exact: false },
    );
    expect(index.lookup(["resource", "aws_lb_listener", "http", 0, "default_action", 3, "type"])).toEqual(
      { line: 3, endLine: 8, exact: false },
    );
  });

  it("returns undefined only when the first step is missing", () => {
    const index = locateLines(listener);
    expect(index.lookup(["data"])).toBeUndefined();
    expect(index.lookup([])).toBeUndefined();
    expect(index.lookup(["resource", "aws_instance", "web", 0, "ami"])).toMatchObject({ line: 1, exact: false });
  });

  it("indexes one-line locals, variable and module blocks", () => {
    expect(lineOf(listener, ["locals", 0, "a"])).toBe(16);
    expect(lineOf(listener, ["variable", "x", 0, "default"])).toBe(17);
    expect(lineOf(listener, ["module", "web", 0, "source"])).toBe(18);
    expect(locateLines(listener).lookup(["locals", 0])).toEqual({ line: 16, endLine: 16, exact: true });
  });

  it("numbers blocks with the same keyword and labels 0, 1, 2 in order of appearance", () => {
    const text = tf(
      'resource "aws_lb" "main" { internal = true }', // 1
      'resource "aws_lb" "other" { internal = true }', // 2
      'resource "aws_lb" "main" { internal = false }', // 3
      "locals { a = 1 }", //                                4
      'resource "aws_lb" "main" {', //                      5
      '  provisioner "local-exec" { command = "a" }', //   6
      '  provisioner "file" { source = "b" }', //          7
      '  provisioner "local-exec" { command = "c" }', //   8
      "}", //                                               9
      "locals { b = 2 }", //                                10
    );
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "internal"])).toBe(1);
    expect(lineOf(text, ["resource", "aws_lb", "main", 1, "internal"])).toBe(3);
    expect(lineOf(text, ["resource", "aws_lb", "main", 2])).toBe(5);
    expect(lineOf(text, ["resource", "aws_lb", "other", 0, "internal"])).toBe(2);
    expect(lineOf(text, ["resource", "aws_lb", "main", 2, "provisioner", "local-exec", 1, "command"])).toBe(8);
    expect(lineOf(text, ["resource", "aws_lb", "main", 2, "provisioner", "file", 0, "source"])).toBe(7);
    expect(lineOf(text, ["locals", 1, "b"])).toBe(10);
  });

  it("numbers nested blocks of the same name in order", () => {
    const text = tf(
      'resource "aws_security_group" "sg" {', // 1
      "  ingress {", //                           2
      "    from_port = 22", //                    3
      "  }", //                                   4
      "  egress {", //                            5
      "    from_port = 0", //                     6
      "  }", //                                   7
      "  ingress {", //                           8
      "    from_port = 443", //                   9
      "  }", //                                   10
      "}", //                                     11
    );
    expect(lineOf(text, ["resource", "aws_security_group", "sg", 0, "ingress", 0, "from_port"])).toBe(3);
    expect(lineOf(text, ["resource", "aws_security_group", "sg", 0, "ingress", 1, "from_port"])).toBe(9);
    expect(lineOf(text, ["resource", "aws_security_group", "sg", 0, "egress", 0, "from_port"])).toBe(6);
  });

  it("accepts bare and escaped labels", () => {
    const text = tf(
      "resource aws_lb main {", //                  1
      "  internal = false", //                      2
      "}", //                                       3
      'resource "aws_lb" "a\\"b" { internal = 1 }', // 4
    );
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "internal"])).toBe(2);
    expect(lineOf(text, ["resource", "aws_lb", 'a"b', 0, "internal"])).toBe(4);
  });

  it("indexes empty blocks", () => {
    const text = tf('resource "aws_lb" "main" {}', 'resource "aws_lb" "main" {', "}");
    expect(locateLines(text).lookup(["resource", "aws_lb", "main", 1])).toEqual({ line: 2, endLine: 3, exact: true });
  });
});

describe("locateLines: things that look like structure but are not", () => {
  it("ignores braces and quotes inside comments and collects the comments", () => {
    const text = tf(
      '# a hash comment with { brace and "quote', //       1
      "// a slash comment } with '", //                    2
      "/* a block comment { spanning", //                  3
      '   two lines " } */', //                            4
      'resource "aws_lb" "main" { # trailing {', //        5
      "  internal = true // moat:ignore MOAT-LB-001", //   6
      "  /* } */ idle_timeout = 60", //                    7
      "}", //                                              8
      "locals { a = 1 }", //                               9
    );
    const index = locateLines(text);
    expect(index.lookup(["resource", "aws_lb", "main", 0])).toEqual({ line: 5, endLine: 8, exact: true });
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "internal"])).toBe(6);
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "idle_timeout"])).toBe(7);
    expect(lineOf(text, ["locals", 0, "a"])).toBe(9);
    expect(index.comments).toEqual([
      { line: 1, text: ' a hash comment with { brace and "quote' },
      { line: 2, text: " a slash comment } with '" },
      { line: 3, text: ' a block comment { spanning\n   two lines " } ' },
      { line: 5, text: " trailing {" },
      { line: 6, text: " moat:ignore MOAT-LB-001" },
      { line: 7, text: " } " },
    ]);
  });

  it("ignores braces, quotes and assignments inside strings and interpolations", () => {
    const text = tf(
      'resource "aws_security_group" "sg" {', //                      1
      '  description = "escaped \\" quote { and brace"', //           2
      '  name = "${lookup(var.m, "}")}-sg"', //                       3
      '  note = "%{ if var.on }on = 1 {%{ else }off%{ endif }"', //   4
      '  literal = "$${not_interpolated} {"', //                      5
      '  nested = "${ {a = "}"}.a } x = { ${"${"}"}"}"', //           6
      '  open = "$${"', //                                            7
      '  commented = "${ var.a # } "', //                             8
      '  }"', //                                                      9
      '  block_commented = "${ var.a /* } " */ }"', //                10
      "  vpc_id = var.vpc_id", //                                     11
      "}", //                                                         12
    );
    const index = locateLines(text);
    expect(index.lookup(["resource", "aws_security_group", "sg", 0])).toEqual({ line: 1, endLine: 12, exact: true });
    expect(index.lookup(["resource", "aws_security_group", "sg", 0, "commented"])).toEqual({ line: 8, endLine: 9, exact: true });
    const attributes = [
      ["description", 2], ["name", 3], ["note", 4], ["literal", 5], ["nested", 6], ["open", 7], ["block_commented", 10], ["vpc_id", 11],
    ] as const;
    for (const [name, line] of attributes) {
      expect(lineOf(text, ["resource", "aws_security_group", "sg", 0, name])).toBe(line);
    }
    expect(index.lookup(["resource", "aws_security_group", "sg", 0, "x"])?.exact).toBe(false);
  });

  it("ends a heredoc where HCL does: its marker with any white space around it on the line", () => {
    const text = tf(
      "locals {", //                   1
      "  doc = <<EOT", //              2
      "text", //                       3
      "EOT \u000b\u00a0", //           4
      "  next = 1", //                 5
      "}", //                          6
    );
    const index = locateLines(text);
    expect(index.lookup(["locals", 0, "doc"])).toEqual({ line: 2, endLine: 4, exact: true });
    expect(lineOf(text, ["locals", 0, "next"])).toBe(5);
  });

  it("skips heredoc bodies, <<EOT and indented <<-EOT, with braces and interpolations", () => {
    const text = tf(
      'resource "aws_iam_policy" "p" {', //         1
      "  policy = <<EOT", //                        2
      '{ "Resource": "${var.arn}" }', //            3
      "not_an_attribute = 1", //                    4
      "nested {", //                                5
      "EOT", //                                     6
      "  description = <<-EOT", //                  7
      "    } still text ${ {a = 1}.a }", //         8
      "      EOT_NOT_THE_END", //                   9
      "    EOT", //                                 10
      "  name = trimspace(<<EOT", //                11
      "  }", //                                     12
      "EOT", //                                     13
      "  )", //                                     14
      "  path = \"/\"", //                          15
      "}", //                                       16
    );
    const index = locateLines(text);
    const at = (name: string) => index.lookup(["resource", "aws_iam_policy", "p", 0, name]);
    expect(at("policy")).toEqual({ line: 2, endLine: 6, exact: true });
    expect(at("description")).toEqual({ line: 7, endLine: 10, exact: true });
    expect(at("name")).toEqual({ line: 11, endLine: 14, exact: true });
    expect(at("path")).toEqual({ line: 15, endLine: 15, exact: true });
    expect(at("not_an_attribute")?.exact).toBe(false);
    expect(at("nested")?.exact).toBe(false);
    expect(index.lookup(["resource", "aws_iam_policy", "p", 0])).toEqual({ line: 1, endLine: 16, exact: true });
  });

  it("spans attribute values over many lines and does not mistake their insides for attributes", () => {
    const text = tf(
      'resource "aws_iam_role" "r" {', //               1
      "  assume_role_policy = jsonencode({", //         2
      '    Version = "2012-10-17"', //                  3
      "    Statement = [{", //                          4
      '      Effect = "Allow"', //                      5
      "    }]", //                                      6
      "  })", //                                        7
      "  count = (", //                                 8
      "    var.enabled", //                             9
      "    ? 1", //                                     10
      "    : 0", //                                     11
      "  )", //                                         12
      "  tags = merge(", //                             13
      "    var.tags,", //                               14
      "    { Name = var.name },", //                    15
      "  )", //                                         16
      "  name = var.name", //                           17
      "}", //                                           18
    );
    const index = locateLines(text);
    const at = (name: string) => index.lookup(["resource", "aws_iam_role", "r", 0, name]);
    expect(at("assume_role_policy")).toEqual({ line: 2, endLine: 7, exact: true });
    expect(at("count")).toEqual({ line: 8, endLine: 12, exact: true });
    expect(at("tags")).toEqual({ line: 13, endLine: 16, exact: true });
    expect(at("name")).toEqual({ line: 17, endLine: 17, exact: true });
    expect(at("Version")?.exact).toBe(false);
    expect(at("Statement")?.exact).toBe(false);
    expect(at("Name")?.exact).toBe(false);
    // A function call's arguments are not elements or keys of the attribute.
    expect(index.lookup(["resource", "aws_iam_role", "r", 0, "assume_role_policy", "Version"])).toMatchObject({ line: 2, exact: false });
  });

  it("does not take == for an assignment", () => {
    const text = tf(
      'variable "env" {', //                                         1
      "  validation {", //                                           2
      '    condition = var.env == "prod" || var.env == "dev"', //    3
      "    error_message = (", //                                    4
      '      var.x == "a"', //                                       5
      '      ? "a" : "b"', //                                        6
      "    )", //                                                    7
      "  }", //                                                      8
      "}", //                                                        9
    );
    const index = locateLines(text);
    expect(index.lookup(["variable", "env", 0, "validation", 0, "condition"])).toEqual({ line: 3, endLine: 3, exact: true });
    expect(index.lookup(["variable", "env", 0, "validation", 0, "error_message"])).toEqual({ line: 4, endLine: 7, exact: true });
    expect(index.lookup(["variable", "env", 0, "validation", 0, "var"])?.exact).toBe(false);
  });

  it("does not index a mistyped `name == value` line as an attribute", () => {
    const text = tf('resource "aws_lb" "main" {', "  internal == true", "  name = var.name", "}");
    const index = locateLines(text);
    expect(index.lookup(["resource", "aws_lb", "main", 0, "internal"])).toEqual({ line: 1, endLine: 4, exact: false });
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "name"])).toBe(3);
  });

  it("does not index the inside of for expressions", () => {
    const text = tf("locals {", "  m = { for k, v in var.m : k => v }", "  l = [for x in var.l : x]", "}");
    const index = locateLines(text);
    expect(index.lookup(["locals", 0, "m", "k"])).toEqual({ line: 2, endLine: 2, exact: false });
    expect(index.lookup(["locals", 0, "l", 0])).toEqual({ line: 3, endLine: 3, exact: false });
  });
});

describe("locateLines: paths into attribute values", () => {
  const text = tf(
    'resource "aws_security_group" "sg" {', //  1
    "  cidr_blocks = [", //                      2
    '    "10.0.0.0/8",', //                      3
    '    "0.0.0.0/0", # wide open', //           4
    "  ]", //                                    5
    '  ipv6_cidr_blocks = ["::/0", "fc00::/7"]', // 6
    "  ingress = [", //                          7
    "    { from_port = 22, to_port = 22 },", //  8
    "    {", //                                  9
    "      from_port = 443", //                  10
    '      cidr_blocks = ["0.0.0.0/0"]', //      11
    "    },", //                                 12
    "  ]", //                                    13
    "  tags = {", //                             14
    '    Name = "sg"', //                        15
    '    "kubernetes.io/role" = "elb"', //       16
    "    Extra: {", //                           17
    "      deep = 1", //                         18
    "    }", //                                  19
    "  }", //                                    20
    "  security_groups = var.sgs", //           21
    "}", //                                      22
  );
  const base = ["resource", "aws_security_group", "sg", 0] as const;

  it("finds each element of a multi-line list on its own line", () => {
    const index = locateLines(text);
    expect(index.lookup([...base, "cidr_blocks"])).toEqual({ line: 2, endLine: 5, exact: true });
    expect(index.lookup([...base, "cidr_blocks", 0])).toEqual({ line: 3, endLine: 3, exact: true });
    expect(index.lookup([...base, "cidr_blocks", 1])).toEqual({ line: 4, endLine: 4, exact: true });
    expect(index.lookup([...base, "cidr_blocks", 2])).toEqual({ line: 2, endLine: 5, exact: false });
  });

  it("finds elements of a one-line list on the attribute line", () => {
    expect(lineOf(text, [...base, "ipv6_cidr_blocks", 1])).toBe(6);
  });

  it("finds keys of objects in attribute-syntax lists of objects", () => {
    expect(lineOf(text, [...base, "ingress", 0, "to_port"])).toBe(8);
    expect(lineOf(text, [...base, "ingress", 1, "from_port"])).toBe(10);
    expect(lineOf(text, [...base, "ingress", 1, "cidr_blocks", 0])).toBe(11);
    expect(locateLines(text).lookup([...base, "ingress", 1])).toEqual({ line: 9, endLine: 12, exact: true });
  });

  it("finds keys of object literals, quoted, bare and colon-separated", () => {
    expect(lineOf(text, [...base, "tags", "Name"])).toBe(15);
    expect(lineOf(text, [...base, "tags", "kubernetes.io/role"])).toBe(16);
    expect(lineOf(text, [...base, "tags", "Extra", "deep"])).toBe(18);
    expect(locateLines(text).lookup([...base, "tags", "Extra"])).toEqual({ line: 17, endLine: 19, exact: true });
  });

  it("returns the attribute when the value cannot be looked into", () => {
    expect(locateLines(text).lookup([...base, "security_groups", 0])).toEqual({ line: 21, endLine: 21, exact: false });
  });
});

describe("locateLines: encodings and layout", () => {
  it("counts lines with CRLF endings", () => {
    const text = 'resource "aws_lb" "main" {\r\n  # note\r\n  internal = <<EOT\r\nx {\r\nEOT\r\n  name = "a"\r\n}\r\n';
    const index = locateLines(text);
    expect(index.lookup(["resource", "aws_lb", "main", 0, "internal"])).toEqual({ line: 3, endLine: 5, exact: true });
    expect(index.lookup(["resource", "aws_lb", "main", 0, "name"])).toEqual({ line: 6, endLine: 6, exact: true });
    expect(index.comments).toEqual([{ line: 2, text: " note" }]);
  });

  it("skips a UTF-8 byte order mark", () => {
    expect(lineOf('\uFEFFvariable "v" {\n  default = 1\n}\n', ["variable", "v", 0, "default"])).toBe(2);
    expect(lineOf('\uFEFFlocals { a = 1 }', ["locals", 0, "a"])).toBe(1);
  });

  it("accepts tabs and non-ASCII text", () => {
    const text = tf(
      'resource\t"aws_lb"\t"main"\t{', //              1
      '\tname\t=\t"Żółć \\"😀\\" ${var.x} {"', //       2
      "\tdescription = <<EOT", //                      3
      "日本語 } {", //                                  4
      "EOT", //                                        5
      "\tinternal = true", //                          6
      "}", //                                          7
    );
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "name"])).toBe(2);
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "internal"])).toBe(6);
  });

  it("returns nothing for an empty file", () => {
    for (const text of ["", "\n\n", "\uFEFF", "# only a comment\n"]) {
      const index = locateLines(text);
      expect(index.lookup(["resource"])).toBeUndefined();
    }
    expect(locateLines("").comments).toEqual([]);
  });
});

describe("locateLines: malformed input", () => {
  it("returns what it can from an unclosed block", () => {
    const text = tf('resource "aws_lb" "main" {', "  internal = true", '  listener "x" {', "    port = 80");
    const index = locateLines(text);
    expect(index.lookup(["resource", "aws_lb", "main", 0, "internal"])).toEqual({ line: 2, endLine: 2, exact: true });
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "listener", "x", 0, "port"])).toBe(4);
  });

  it("ends an unclosed quoted string at the end of its line", () => {
    const text = tf('resource "aws_lb" "main" {', '  name = "oops', "  internal = true", "}");
    expect(lineOf(text, ["resource", "aws_lb", "main", 0, "internal"])).toBe(3);
  });

  it("does not throw on unclosed heredocs, comments, interpolations or stray brackets", () => {
    const broken = [
      "x = <<EOT\nnever closed {\n",
      "/* never closed {",
      'x = "${ never closed',
      "}}} ]] )) x = 1",
      "x = (]\ny = [}\n",
      "resource {{{{",
      '"label" { a = 1 }',
      "x = <<",
      "x = <<-\n",
      "a b c",
      "= = =",
      "\\",
      '"\\',
    ];
    for (const text of broken) {
      const index = locateLines(text);
      expect(() => index.lookup(["x", 0, "a"])).not.toThrow();
    }
    expect(lineOf("}}}\nx = 1\n", ["x"])).toBe(2);
  });

  it("survives nesting far deeper than any real file", () => {
    const deep = [
      "x = " + "[".repeat(100_000),
      "x = " + "[".repeat(50_000) + "]".repeat(50_000),
      "x = " + "{a = ".repeat(50_000) + "1" + "}".repeat(50_000),
      "a {\n".repeat(50_000) + "}\n".repeat(50_000),
      'x = "' + '${"'.repeat(50_000),
    ];
    for (const text of deep) {
      const index = locateLines(text);
      expect(index.lookup(["x"]) ?? index.lookup(["a", 0])).toMatchObject({ line: 1, exact: true });
    }
  });
});

describe("locateLines: a large file", () => {
  it("indexes every block of a generated 5 MB file at the right line", () => {
    const chunk = (i: number) =>
      tf(
        `resource "aws_lb_listener" "l" { # listener ${i}`, // +1
        `  port     = ${i}`, //                                 +2
        "  policy   = <<EOT", //                                +3
        '{ "a": "${var.x}" }', //                               +4
        "EOT", //                                               +5
        "  default_action {", //                                +6
        '    type = "forward"', //                              +7
        "  }", //                                               +8
        '  cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]', //       +9
        "}", //                                                 +10
      );
    const linesPerChunk = 10;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const part = chunk(i);
      parts.push(part);
      size += part.length;
    }
    const index = locateLines(parts.join(""));
    for (let i = 0; i < parts.length; i++) {
      const first = i * linesPerChunk + 1;
      const block = ["resource", "aws_lb_listener", "l", i] as const;
      const port = index.lookup([...block, "port"]);
      const type = index.lookup([...block, "default_action", 0, "type"]);
      const cidr = index.lookup([...block, "cidr_blocks", 1]);
      if (port?.line !== first + 1 || type?.line !== first + 6 || cidr?.line !== first + 8 || !cidr.exact) {
        throw new Error(`block ${i}: port ${JSON.stringify(port)}, type ${JSON.stringify(type)}, cidr ${JSON.stringify(cidr)}`);
      }
    }
    expect(index.lookup(["resource", "aws_lb_listener", "l", parts.length])?.exact).toBe(false);
    expect(index.comments).toHaveLength(parts.length);
    expect(index.comments[parts.length - 1]).toEqual({
      line: (parts.length - 1) * linesPerChunk + 1,
      text: ` listener ${parts.length - 1}`,
    });
  });
});
