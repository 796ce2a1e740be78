export declare const EXCEPTION_PROPERTIES: {
    readonly resource: {
        readonly description: "A glob on the resource address (module.bastion.aws_security_group.*) or, for Pulumi, the URN or type.name (aws_security_group.bastion); * matches any characters.";
        readonly type: "string";
        readonly minLength: 1;
    };
    readonly reason: {
        readonly description: "Why the finding is acceptable, e.g. a ticket: required.";
        readonly type: "string";
        readonly pattern: "\\S";
    };
    readonly expires: {
        readonly description: "YYYY-MM-DD: the exception applies through that day (UTC); after it, the finding fails again and the exception is reported as expired.";
        readonly type: "string";
        readonly pattern: "^\\d{4}-\\d{2}-\\d{2}$";
    };
};
/** One exception of a rule: what a rule's `exceptions` list holds (the rule is the one it belongs to). */
export declare const RULE_EXCEPTION_SCHEMA: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["resource", "reason"];
    readonly properties: {
        readonly resource: {
            readonly description: "A glob on the resource address (module.bastion.aws_security_group.*) or, for Pulumi, the URN or type.name (aws_security_group.bastion); * matches any characters.";
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly reason: {
            readonly description: "Why the finding is acceptable, e.g. a ticket: required.";
            readonly type: "string";
            readonly pattern: "\\S";
        };
        readonly expires: {
            readonly description: "YYYY-MM-DD: the exception applies through that day (UTC); after it, the finding fails again and the exception is reported as expired.";
            readonly type: "string";
            readonly pattern: "^\\d{4}-\\d{2}-\\d{2}$";
        };
    };
};
