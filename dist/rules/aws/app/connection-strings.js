"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HOLE = void 0;
exports.parseConnection = parseConnection;
exports.classify = classify;
exports.judge = judge;
exports.hostMatcher = hostMatcher;
exports.isLoopback = isLoopback;
/**
 * Database and broker connection strings, read the way their clients read them: URLs (libpq, MySQL/MariaDB, MongoDB,
 * Redis/Valkey, AMQP, SQL Server), JDBC URLs, libpq key/value DSNs, ADO.NET-style `key=value;` strings and Go MySQL
 * DSNs. A piece of the text that is not known (a template part known only after apply) is the character HOLE: a part
 * of the connection that holds it is not known, and a verdict that needs that part is not given.
 *
 * Nothing here returns a credential: what a finding may show is the scheme, the hosts, the path and the offending
 * parameter, whose value is always one of the words of the tables below.
 */
const suppressions_1 = require("../../../core/suppressions");
/** Stands for a piece of text that is not known. A private-use character: valid inside JSON strings, absent from URLs. */
exports.HOLE = "\uE000";
const norm = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
function param(raw, value) {
    return { key: norm(raw), raw: raw.trim(), value: value.trim() };
}
const shownText = (s) => s.split(exports.HOLE).join("${…}");
// ------------------------------------------------------------------ URLs
const SCHEMES = [
    [/^postgres(ql)?(\+[a-z0-9]+)?$/, "PostgreSQL"],
    [/^(mysql|mysqlx|mysql2|mariadb)(\+[a-z0-9]+)?$/, "MySQL/MariaDB"],
    [/^(sqlserver|mssql)$/, "SQL Server"],
    [/^mongodb(\+srv)?$/, "MongoDB"],
    [/^redis$/, "Redis", "rediss"],
    [/^rediss$/, "Redis"],
    [/^valkey$/, "Redis", "valkeys"],
    [/^valkeys$/, "Redis"],
    [/^amqp$/, "AMQP", "amqps"],
    [/^amqps$/, "AMQP"],
];
const JDBC = { postgresql: "PostgreSQL", mysql: "MySQL/MariaDB", mariadb: "MySQL/MariaDB", sqlserver: "SQL Server" };
/** Splits `a=b&c=d` (or `;`-separated, as MongoDB and JDBC accept). */
function queryParams(query, separator) {
    const params = [];
    let open = false;
    for (const part of query.split(separator)) {
        if (part.trim() === "")
            continue;
        const eq = part.indexOf("=");
        const key = eq < 0 ? part : part.slice(0, eq);
        // A piece not known in a name or a value may itself hold `&sslmode=…` (libpq keeps the last value) or `#`.
        if (part.includes(exports.HOLE))
            open = true;
        if (!key.includes(exports.HOLE))
            params.push(param(decode(key), decode(eq < 0 ? "" : part.slice(eq + 1))));
    }
    return { params, open };
}
function decode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, " "));
    }
    catch {
        return s;
    }
}
/** `host`, `host:5432`, `[::1]:5432` → the host; `undefined` when what follows the host is not a port. */
function hostOf(hostPort) {
    const s = hostPort.trim();
    if (s.startsWith("[")) {
        const end = s.indexOf("]");
        if (end < 0)
            return undefined;
        const rest = s.slice(end + 1);
        return rest === "" || /^:[0-9\uE000]*$/.test(rest) ? s.slice(1, end) : undefined;
    }
    const colon = s.indexOf(":");
    if (colon < 0)
        return decode(s);
    return /^[0-9\uE000]*$/.test(s.slice(colon + 1)) ? decode(s.slice(0, colon)) : undefined;
}
/** A URL `scheme://[userinfo@]hosts[/path][?query]`, or `undefined` when the text is not one moat reads. */
function parseUrl(text) {
    let rest = text.trim();
    let prefix = "";
    // `jdbc:aws-wrapper:postgresql://` (the AWS JDBC Driver wraps pgJDBC and Connector/J); Connector/J's
    // `jdbc:mysql:loadbalance://`, `jdbc:mysql:replication://` and `jdbc:mysql+srv[:…]://` (Connection URL Syntax).
    const jdbc = /^jdbc:(aws-wrapper:)?([a-z]+)((?:\+srv)?(?::(?:loadbalance|replication))?):/i.exec(rest);
    let client;
    let plainScheme;
    let scheme;
    let suffix = "";
    if (jdbc) {
        client = JDBC[jdbc[2].toLowerCase()];
        if (!client || (jdbc[3] && jdbc[2].toLowerCase() !== "mysql"))
            return undefined;
        prefix = `jdbc:${jdbc[1] ?? ""}`;
        suffix = jdbc[3].toLowerCase();
        rest = `${jdbc[2]}:${rest.slice(jdbc[0].length)}`;
        if (client === "PostgreSQL" && /^postgresql:(?!\/\/)/i.test(rest)) {
            // `jdbc:postgresql:orders`: pgJDBC's host defaults to localhost.
            return { client, scheme: "jdbc:postgresql", hosts: ["localhost"], params: [], paramsOpen: false, shown: "jdbc:postgresql:…" };
        }
    }
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([\s\S]*)$/.exec(rest);
    if (!m)
        return undefined;
    scheme = m[1].toLowerCase();
    rest = m[2];
    if (!client) {
        const hit = SCHEMES.find(([re]) => re.test(scheme));
        if (!hit)
            return undefined;
        [, client, plainScheme] = hit;
    }
    scheme = prefix + scheme + suffix;
    if (client === "SQL Server" && prefix)
        return parseJdbcSqlServer(scheme, rest);
    // User info ends at the last `@` before the first `/`, `?` or `#` (libpq reads it up to the first `/`,
    // conninfo_uri_parse_options in fe-connect.c): an `@` in the path or the query is not user info.
    const end = rest.search(/[/?#]/);
    const at = (end < 0 ? rest : rest.slice(0, end)).lastIndexOf("@");
    const parts = authorityOf(rest, at);
    if (!parts)
        return undefined; // not `host:port`: a password with `/`, `?` or `#` unencoded, or not a URL moat can read
    const { userinfo, authority, hosts, path, query } = parts;
    const q = queryParams(query, client === "MongoDB" ? /[&;]/ : /&/);
    // A piece not known in the port, the path or a parameter may itself hold `?…&sslmode=…` or `#`: the parameters are open.
    const port = authority.replace(/\[[^\]]*\]/g, "").split(",").some((hp) => hp.includes(":") && hp.slice(hp.indexOf(":")).includes(exports.HOLE));
    const open = q.open || port || path.includes(exports.HOLE);
    const params = q.params;
    // libpq and node-postgres accept the host as a parameter too (`?host=/var/run/postgresql`).
    const hostParam = params.filter((p) => p.key === "host").pop();
    if (hostParam)
        hosts.splice(0, hosts.length, ...hostParam.value.split(","));
    // Neither the path nor the query is shown: either may hold a password (`/orders;password=…`).
    const shown = `${scheme}://${userinfo ? "***@" : ""}${shownText(authority)}`;
    return { client, scheme, hosts, params, paramsOpen: open, shown, plainScheme };
}
/** The parts of a URL after `scheme://`, user info ending at `at` (-1: none); `undefined` when a host is not `host[:port]`. */
function authorityOf(rest, at) {
    const afterUser = rest.slice(at + 1);
    const end = afterUser.search(/[/?#]/);
    const authority = end < 0 ? afterUser : afterUser.slice(0, end);
    const tail = end < 0 ? "" : afterUser.slice(end);
    const q = tail.indexOf("?");
    const hosts = [];
    for (const hp of authority === "" ? [] : authority.split(",")) {
        const h = hostOf(hp);
        if (h === undefined)
            return undefined;
        hosts.push(h);
    }
    return {
        userinfo: at >= 0,
        authority,
        hosts,
        path: (q < 0 ? tail : tail.slice(0, q)).replace(/#.*$/, ""),
        query: q < 0 ? "" : tail.slice(q + 1).replace(/#.*$/, ""),
    };
}
/** `jdbc:sqlserver://host[\instance][:port][;key=value]…` (Microsoft JDBC Driver for SQL Server). */
function parseJdbcSqlServer(scheme, rest) {
    const [server, ...props] = rest.split(";");
    const { params, open } = queryParams(props.join(";"), /;/);
    const named = params.filter((p) => p.key === "servername").pop()?.value;
    const host = hostOf((named ?? server).split("\\")[0]);
    if (host === undefined)
        return undefined;
    return { client: "SQL Server", scheme, hosts: [host], params, paramsOpen: open, shown: `${scheme}://${shownText(host)}` };
}
// ------------------------------------------------------------------ key/value forms
/** `user:password@tcp(host:3306)/db?tls=false`: go-sql-driver/mysql's DSN. */
function parseGoMysql(text) {
    const m = /^(?:([\s\S]*)@)?(tcp|unix)\(([^)]*)\)\/([^?]*)(?:\?([\s\S]*))?$/.exec(text.trim());
    if (!m)
        return undefined;
    const host = m[2] === "unix" ? "/" : hostOf(m[3]);
    if (host === undefined)
        return undefined;
    const q = queryParams(m[5] ?? "", /&/);
    const { params } = q;
    const open = q.open || m[3].includes(exports.HOLE) || m[4].includes(exports.HOLE);
    return {
        client: "MySQL/MariaDB",
        scheme: "Go MySQL DSN",
        hosts: [host],
        params,
        paramsOpen: open,
        // The database name is not shown: it may hold a password.
        shown: `${m[1] !== undefined ? "***@" : ""}${m[2]}(${shownText(m[3])})/`,
    };
}
const LIBPQ_KEYS = new Set(["host", "hostaddr", "port", "dbname", "user", "password", "sslmode", "connecttimeout", "options", "applicationname"]);
/** `host=orders.internal port=5432 dbname=orders sslmode=disable`: libpq's keyword/value form. */
function parseLibpq(text) {
    const params = [];
    const re = /\s*([A-Za-z_\uE000][A-Za-z0-9_\uE000]*)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']*)/y;
    let open = false;
    let i = 0;
    const s = text.trim();
    while (i < s.length) {
        re.lastIndex = i;
        const m = re.exec(s);
        if (!m)
            return undefined;
        const value = m[2].startsWith("'") ? m[2].slice(1, -1).replace(/\\(.)/g, "$1") : m[2];
        if (m[1].includes(exports.HOLE))
            open = true;
        else
            params.push(param(m[1], value));
        i = re.lastIndex;
    }
    if (params.length < 2 || !params.every((p) => LIBPQ_KEYS.has(p.key) || p.key.startsWith("ssl") || p.key.startsWith("target")))
        return undefined;
    if (!params.some((p) => p.key === "host" || p.key === "hostaddr" || p.key === "dbname"))
        return undefined;
    const host = params.filter((p) => p.key === "host" || p.key === "hostaddr").pop()?.value;
    return {
        client: "PostgreSQL",
        scheme: "key/value",
        hosts: host === undefined ? [] : host.split(","),
        params,
        paramsOpen: open,
        shown: host === undefined ? "(no host: a local socket)" : `host=${shownText(host)}`,
    };
}
const ADO_HOST_KEYS = ["server", "datasource", "address", "addr", "networkaddress", "host"];
/** Keys of SqlClient, Npgsql and MySqlConnector that name a database or a database login (normalised). */
const ADO_DB_KEYS = ["database", "initialcatalog", "userid", "uid", "user", "username", "integratedsecurity", "trustedconnection", "attachdbfilename"];
/** `Server=tcp:orders.internal,1433;Database=orders;Encrypt=False;`: SqlClient, Npgsql, MySqlConnector and kin. */
function parseAdo(text) {
    if (!text.includes(";") || !text.includes("="))
        return undefined;
    const params = [];
    let open = false;
    for (const part of text.split(";")) {
        if (part.trim() === "")
            continue;
        const eq = part.indexOf("=");
        if (eq < 0)
            return undefined;
        const key = part.slice(0, eq);
        if (key.includes(exports.HOLE))
            open = true;
        else
            params.push(param(key, part.slice(eq + 1).replace(/^\s*(["'])([\s\S]*)\1\s*$/, "$2")));
    }
    const hostParam = params.filter((p) => ADO_HOST_KEYS.includes(p.key)).pop();
    if (!hostParam)
        return undefined;
    const keys = new Set(params.map((p) => p.key));
    // `Server=smtp.example.com;Port=25;Encrypt=false` is no database: a key only database clients read must be there too.
    if (!ADO_DB_KEYS.some((k) => keys.has(k)))
        return undefined;
    const sqlServer = keys.has("encrypt") || keys.has("initialcatalog") || keys.has("trustservercertificate") || hostParam.key !== "host";
    const npgsql = keys.has("sslmode") && hostParam.key === "host";
    const client = npgsql ? "PostgreSQL" : keys.has("sslmode") && !keys.has("encrypt") ? "MySQL/MariaDB" : "SQL Server";
    if (!sqlServer && !npgsql && !keys.has("sslmode"))
        return undefined;
    // `tcp:host,1433`, `host\instance`, `host:3306`
    const raw = hostParam.value.replace(/^(tcp|np|lpc|admin):/i, "").split(/[,\\]/)[0];
    const host = client === "SQL Server" ? raw : (hostOf(raw) ?? raw);
    return { client, scheme: "key=value;", hosts: host.split(","), params, paramsOpen: open, shown: `${hostParam.raw}=${shownText(host)}` };
}
/** The connection a string holds, or `undefined` when it holds none moat reads. */
function parseConnection(text) {
    const t = text.trim();
    if (t.length > 8192)
        return undefined;
    if (/^[A-Za-z][A-Za-z0-9+.:-]*:\/\//.test(t) || /^jdbc:/i.test(t))
        return parseUrl(t);
    return parseGoMysql(t) ?? parseAdo(t) ?? parseLibpq(t);
}
const PG_SSLMODE = { fail: ["disable", "allow", "prefer"], pass: ["require", "verifyca", "verifyfull", "noverify"] };
const SWITCH = { fail: ["false", "0", "no", "off"] };
const MYSQL_SSLMODE = {
    fail: ["disabled", "disable", "preferred", "prefer", "prefered", "none"],
    pass: ["required", "require", "verifyca", "verifyidentity", "verifyfull", "trust"],
};
const MYSQL_TLS = { fail: ["false", "0", "preferred"] };
const ENCRYPT = { fail: ["false", "no", "optional", "disable"], pass: ["true", "yes", "mandatory", "strict"] };
/** The parameters that decide TLS, per client, most decisive first. */
const PARAMETERS = {
    PostgreSQL: [
        ["sslmode", PG_SSLMODE],
        ["ssl", SWITCH],
    ],
    "MySQL/MariaDB": [
        ["sslmode", MYSQL_SSLMODE],
        ["usessl", SWITCH],
        ["tls", MYSQL_TLS],
        ["ssl", SWITCH],
    ],
    "SQL Server": [["encrypt", ENCRYPT]],
    MongoDB: [
        ["tls", SWITCH],
        ["ssl", SWITCH],
    ],
    Redis: [
        ["ssl", SWITCH],
        ["tls", SWITCH],
    ],
    AMQP: [],
};
/** Whether a value of `table` fails, passes, or is a word moat does not know. */
function classify(value, table) {
    const v = norm(value);
    if (table.fail.includes(v))
        return "fail";
    if (!table.pass || table.pass.includes(v))
        return "pass";
    return "other";
}
function judge(c, o) {
    if (c.hosts.some((h) => h.includes(exports.HOLE)))
        return { kind: "unknown", why: `the host of a ${c.client} connection string is not known` };
    if (c.hosts.length === 0 ? c.client === "PostgreSQL" || c.scheme === "key/value" : c.hosts.every((h) => o.isLocal(h)))
        return { kind: "pass" };
    if (c.paramsOpen)
        return { kind: "unknown", why: `a piece of a ${c.client} connection string that could set its parameters is not known` };
    for (const [key, table] of PARAMETERS[c.client]) {
        const p = c.params.filter((x) => x.key === key).pop();
        if (!p)
            continue;
        if (p.value.includes(exports.HOLE))
            return { kind: "unknown", why: `the ${p.raw} parameter of a ${c.client} connection string is not known` };
        const verdict = classify(p.value, table);
        if (verdict === "fail")
            return { kind: "weakParameter", parameter: `${p.raw}=${p.value}` };
        if (verdict === "other")
            return { kind: "unknown", why: `${p.raw} has a value moat does not know for ${c.client}` };
        break; // the most decisive parameter set asks for TLS
    }
    if (c.plainScheme)
        return { kind: "plainScheme", secure: c.plainScheme };
    if (c.client === "PostgreSQL" && !c.params.some((p) => p.key === "sslmode" || p.key === "ssl")) {
        if (!o.missingSslmodeFails)
            return { kind: "pass" };
        if (o.modeElsewhere === "unknown")
            return { kind: "unknown", why: "the sslmode the environment sets apart from the connection string is not known" };
        if (o.modeElsewhere === undefined)
            return { kind: "missingSslmode" };
    }
    return { kind: "pass" };
}
/** A host pattern with `*` wildcards, compared ignoring case. */
function hostMatcher(patterns) {
    const matchers = patterns.map((p) => (0, suppressions_1.addressGlob)(p, { ignoreCase: true }));
    return (host) => matchers.some((matches) => matches(host));
}
/** Hosts that never leave the machine: loopback names and addresses, Unix sockets. */
function isLoopback(host) {
    const h = host.trim().toLowerCase().replace(/^\[|\]$/g, "");
    if (h === "" || h.startsWith("/") || h.startsWith("@") || h === "." || h === "(local)" || h.startsWith("(localdb)"))
        return true;
    if (h === "localhost" || h.endsWith(".localhost") || h === "::1" || h === "0:0:0:0:0:0:0:1")
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
