"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULE_EXCEPTION_SCHEMA = exports.EXCEPTION_PROPERTIES = void 0;
/**
 * The one schema of an exception (an accepted finding): the config file (core/config.ts, for `exceptions:` and a
 * rule's `exceptions`) and the Pulumi policy pack's config (policies/pack.ts) both build theirs from it. A light
 * module, so the policy pack does not load the config reader.
 */
const dates_1 = require("./dates");
exports.EXCEPTION_PROPERTIES = {
    resource: {
        description: "A glob on the resource address (module.bastion.aws_security_group.*) or, for Pulumi, the URN or type.name (aws_security_group.bastion); * matches any characters.",
        type: "string",
        minLength: 1,
    },
    reason: { description: "Why the finding is acceptable, e.g. a ticket: required.", type: "string", pattern: "\\S" },
    expires: {
        description: "YYYY-MM-DD: the exception applies through that day (UTC); after it, the finding fails again and the exception is reported as expired.",
        type: "string",
        pattern: dates_1.DATE_PATTERN,
    },
};
/** One exception of a rule: what a rule's `exceptions` list holds (the rule is the one it belongs to). */
exports.RULE_EXCEPTION_SCHEMA = {
    type: "object",
    additionalProperties: false,
    required: ["resource", "reason"],
    properties: exports.EXCEPTION_PROPERTIES,
};
