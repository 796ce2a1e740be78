/**
 * Terraform functions beyond the everyday ones: IP network functions (`cidrhost`, `cidrnetmask`, `cidrsubnet`,
 * `cidrsubnets`), the AWS provider's functions (`provider::aws::arn_parse`, `arn_build`, `trim_iam_role_path`), and
 * the 0.11-era `map()` and `list()` that older configurations still use. Arguments arrive known (the caller returns
 * Unknown for unknown arguments); a wrong argument throws, and the caller turns that into an evaluation error, as
 * Terraform reports one.
 *
 * Semantics follow Terraform's documentation and its implementation (lang/funcs/cidr.go, go-cidr's Subnet, Host,
 * PreviousSubnet and NextSubnet): networks are masked before use, a negative host number counts from the end of the
 * range, and `cidrsubnets` allocates each prefix after the previous one, aligned to its own size.
 */
import { parseCidr } from "../core/cidr";
import type { Value } from "../core/values";

interface Network {
  /** The first address of the network. */
  base: bigint;
  prefix: number;
  /** 32 or 128. */
  bits: number;
}

/** A prefix in CIDR notation, masked (core/cidr.ts parses it); Terraform requires the `/length`. */
function parseNetwork(v: Value, fn: string): Network {
  if (typeof v !== "string") throw new Error(`${fn}: the prefix must be a string in CIDR notation`);
  if (!v.includes("/")) throw new Error(`${fn}: invalid CIDR expression: missing prefix length`);
  const cidr = parseCidr(v);
  if (cidr === undefined) throw new Error(`${fn}: invalid CIDR expression`);
  return { base: cidr.network, prefix: cidr.prefix, bits: cidr.version === 4 ? 32 : 128 };
}

function formatIPv4(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join(".");
}

/** RFC 5952 text, as Go's net.IP.String() writes it: lower case, the longest run of two or more zero groups as `::`. */
function formatIPv6(n: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

function formatAddress(n: bigint, bits: number): string {
  return bits === 32 ? formatIPv4(n) : formatIPv6(n);
}

function formatNetwork(net: Network): string {
  return `${formatAddress(net.base, net.bits)}/${net.prefix}`;
}

function wholeNumber(v: Value, fn: string, what: string): bigint {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isInteger(n)) throw new Error(`${fn}: ${what} must be a whole number`);
  return BigInt(n);
}

function cidrhost([prefix, hostnum]: Value[]): Value {
  const net = parseNetwork(prefix, "cidrhost");
  const hostBits = BigInt(net.bits - net.prefix);
  const max = (1n << hostBits) - 1n;
  let num = wholeNumber(hostnum, "cidrhost", "the host number");
  if (num < 0n) num = max - (-num - 1n);
  if (num < 0n || num > max) throw new Error(`cidrhost: prefix of ${net.prefix} does not accommodate a host numbered ${String(hostnum)}`);
  return formatAddress(net.base + num, net.bits);
}

function cidrnetmask([prefix]: Value[]): Value {
  const net = parseNetwork(prefix, "cidrnetmask");
  if (net.bits !== 32) throw new Error("cidrnetmask: only works with IPv4 prefixes");
  return formatIPv4(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - net.prefix)) - 1n));
}

function cidrsubnet([prefix, newbits, netnum]: Value[]): Value {
  const net = parseNetwork(prefix, "cidrsubnet");
  const extra = wholeNumber(newbits, "cidrsubnet", "newbits");
  const num = wholeNumber(netnum, "cidrsubnet", "netnum");
  const length = net.prefix + Number(extra);
  if (extra < 0n) throw new Error("cidrsubnet: newbits must not be negative");
  if (length > net.bits) throw new Error(`cidrsubnet: insufficient address space to extend prefix of ${net.prefix} by ${extra}`);
  if (num < 0n || num >= 1n << extra) throw new Error(`cidrsubnet: prefix extension of ${extra} does not accommodate a subnet numbered ${num}`);
  return formatNetwork({ base: net.base + (num << BigInt(net.bits - length)), prefix: length, bits: net.bits });
}

function lastAddress(net: Network): bigint {
  return net.base + (1n << BigInt(net.bits - net.prefix)) - 1n;
}

function cidrsubnets([prefix, ...newbits]: Value[]): Value {
  const net = parseNetwork(prefix, "cidrsubnets");
  const size = 1n << BigInt(net.bits);
  // go-cidr's PreviousSubnet(network, prefix): the block of the same size just before the network.
  let current: Network = { base: (net.base - (1n << BigInt(net.bits - net.prefix)) + size) % size, prefix: net.prefix, bits: net.bits };
  const out: string[] = [];
  for (const nb of newbits) {
    const extra = Number(wholeNumber(nb, "cidrsubnets", "each newbits"));
    if (extra < 1) throw new Error("cidrsubnets: must extend prefix by at least one bit");
    const length = net.prefix + extra;
    if (length > net.bits) throw new Error(`cidrsubnets: would extend prefix to ${length} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`);
    // go-cidr's NextSubnet(current, length): the block of the new size after the one holding current's last address.
    const hostBits = BigInt(net.bits - length);
    const holding = (lastAddress(current) >> hostBits) << hostBits;
    const after = holding + (1n << hostBits);
    const next: Network = { base: ((after % size) >> hostBits) << hostBits, prefix: length, bits: net.bits };
    if (after >= size || next.base < net.base || next.base > lastAddress(net)) {
      throw new Error(`cidrsubnets: not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatNetwork(current)}`);
    }
    current = next;
    out.push(formatNetwork(current));
  }
  return out;
}

const ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.+)$/s;

function arnParse([arn]: Value[]): Value {
  const m = typeof arn === "string" ? ARN.exec(arn) : null;
  if (!m || m[1] === "" || m[2] === "") throw new Error("provider::aws::arn_parse: the value is not a valid ARN");
  return { partition: m[1], service: m[2], region: m[3], account_id: m[4], resource: m[5] };
}

function arnBuild(args: Value[]): Value {
  if (args.length !== 5 || args.some((a) => typeof a !== "string")) {
    throw new Error("provider::aws::arn_build: takes five strings: partition, service, region, account_id, resource");
  }
  return `arn:${args.join(":")}`;
}

/** An IAM role ARN without its path: `arn:aws:iam::123456789012:role/a/b/name` → `arn:aws:iam::123456789012:role/name`. */
function trimIamRolePath([arn]: Value[]): Value {
  const parsed = arnParse([arn]) as Record<string, string>;
  if (parsed.service !== "iam" || !parsed.resource.startsWith("role/")) {
    throw new Error("provider::aws::trim_iam_role_path: the value is not an IAM role ARN");
  }
  const name = parsed.resource.slice(parsed.resource.lastIndexOf("/") + 1);
  return `arn:${parsed.partition}:iam::${parsed.account_id}:role/${name}`;
}

/** Terraform 0.11's `map(k1, v1, k2, v2, …)`. */
function legacyMap(args: Value[]): Value {
  if (args.length % 2 !== 0) throw new Error("map: takes an even number of arguments (key, value, …)");
  const out: Record<string, Value> = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i];
    if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean") throw new Error("map: keys must be strings");
    out[String(key)] = args[i + 1];
  }
  return out;
}

/** Functions of this module by name; each takes known arguments and returns a value or throws a Terraform-like error. */
export const EXTRA_FUNCTIONS: Readonly<Record<string, (args: Value[]) => Value>> = {
  cidrhost,
  cidrnetmask,
  cidrsubnet,
  cidrsubnets,
  "provider::aws::arn_parse": arnParse,
  "provider::aws::arn_build": arnBuild,
  "provider::aws::trim_iam_role_path": trimIamRolePath,
  map: legacyMap,
  list: (args) => [...args],
};
