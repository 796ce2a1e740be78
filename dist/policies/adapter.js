"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECRET_SIG = exports.SPECIAL_SIG_KEY = exports.UNKNOWN_SENTINELS = void 0;
exports.pulumiTokensFor = pulumiTokensFor;
exports.canonicalTypeOfToken = canonicalTypeOfToken;
exports.pulumiFieldsOf = pulumiFieldsOf;
exports.pulumiCanonicalTypes = pulumiCanonicalTypes;
exports.addSecretStrings = addSecretStrings;
exports.snakeCase = snakeCase;
exports.pulumiResource = pulumiResource;
exports.pulumiEdges = pulumiEdges;
exports.pulumiGraph = pulumiGraph;
exports.pulumiPropertyPath = pulumiPropertyPath;
const model_1 = require("../core/model");
const limits_1 = require("../core/limits");
const values_1 = require("../core/values");
const block = (tf, fields) => ({ tf, fields });
const single = (tf, fields) => ({ tf, fields, single: true });
// ---- load balancers (ELBv2)
const forwardTargetGroup = { arn: "arn", weight: "weight" };
const forwardStickiness = { enabled: "enabled", duration: "duration" };
const forward = {
    targetGroups: block("target_group", forwardTargetGroup),
    stickiness: single("stickiness", forwardStickiness),
};
const redirect = {
    protocol: "protocol",
    port: "port",
    host: "host",
    path: "path",
    query: "query",
    statusCode: "status_code",
};
const fixedResponse = {
    contentType: "content_type",
    messageBody: "message_body",
    statusCode: "status_code",
};
const authenticateOidc = {
    authorizationEndpoint: "authorization_endpoint",
    clientId: "client_id",
    clientSecret: "client_secret",
    issuer: "issuer",
    tokenEndpoint: "token_endpoint",
    userInfoEndpoint: "user_info_endpoint",
    onUnauthenticatedRequest: "on_unauthenticated_request",
    authenticationRequestExtraParams: "authentication_request_extra_params",
};
const authenticateCognito = {
    userPoolArn: "user_pool_arn",
    userPoolClientId: "user_pool_client_id",
    userPoolDomain: "user_pool_domain",
    onUnauthenticatedRequest: "on_unauthenticated_request",
    authenticationRequestExtraParams: "authentication_request_extra_params",
};
const listenerAction = {
    type: "type",
    order: "order",
    targetGroupArn: "target_group_arn",
    forward: single("forward", forward),
    redirect: single("redirect", redirect),
    fixedResponse: single("fixed_response", fixedResponse),
    authenticateOidc: single("authenticate_oidc", authenticateOidc),
    authenticateCognito: single("authenticate_cognito", authenticateCognito),
};
const loadBalancer = {
    name: "name",
    loadBalancerType: "load_balancer_type",
    internal: "internal",
    securityGroups: "security_groups",
    subnets: "subnets",
    dropInvalidHeaderFields: "drop_invalid_header_fields",
};
const listener = {
    loadBalancerArn: "load_balancer_arn",
    port: "port",
    protocol: "protocol",
    sslPolicy: "ssl_policy",
    certificateArn: "certificate_arn",
    alpnPolicy: "alpn_policy",
    routingHttpResponseStrictTransportSecurityHeaderValue: "routing_http_response_strict_transport_security_header_value",
    defaultActions: block("default_action", listenerAction),
    mutualAuthentication: single("mutual_authentication", {
        mode: "mode",
        trustStoreArn: "trust_store_arn",
    }),
};
const values = { values: "values" };
const listenerRuleCondition = {
    hostHeader: single("host_header", values),
    pathPattern: single("path_pattern", values),
    httpRequestMethod: single("http_request_method", values),
    sourceIp: single("source_ip", values),
    httpHeader: single("http_header", { httpHeaderName: "http_header_name", values: "values" }),
    queryStrings: block("query_string", { key: "key", value: "value" }),
};
const listenerRule = {
    listenerArn: "listener_arn",
    priority: "priority",
    actions: block("action", listenerAction),
    conditions: block("condition", listenerRuleCondition),
};
const targetGroup = {
    name: "name",
    port: "port",
    protocol: "protocol",
    protocolVersion: "protocol_version",
    targetType: "target_type",
    vpcId: "vpc_id",
    healthCheck: single("health_check", {
        enabled: "enabled",
        port: "port",
        protocol: "protocol",
        path: "path",
        matcher: "matcher",
    }),
};
const listenerCertificate = {
    listenerArn: "listener_arn",
    certificateArn: "certificate_arn",
};
// ---- classic load balancers
const classicLoadBalancer = {
    name: "name",
    internal: "internal",
    listeners: block("listener", {
        instancePort: "instance_port",
        instanceProtocol: "instance_protocol",
        lbPort: "lb_port",
        lbProtocol: "lb_protocol",
        sslCertificateId: "ssl_certificate_id",
    }),
};
const nameValue = { name: "name", value: "value" };
const classicLoadBalancerPolicy = {
    loadBalancerName: "load_balancer_name",
    policyName: "policy_name",
    policyTypeName: "policy_type_name",
    policyAttributes: block("policy_attribute", nameValue),
};
const classicListenerPolicy = {
    loadBalancerName: "load_balancer_name",
    loadBalancerPort: "load_balancer_port",
    policyNames: "policy_names",
};
const classicSslNegotiationPolicy = {
    name: "name",
    loadBalancer: "load_balancer",
    lbPort: "lb_port",
    attributes: block("attribute", nameValue),
};
// ---- security groups
const inlineRule = {
    fromPort: "from_port",
    toPort: "to_port",
    protocol: "protocol",
    cidrBlocks: "cidr_blocks",
    ipv6CidrBlocks: "ipv6_cidr_blocks",
    self: "self",
    securityGroups: "security_groups",
    prefixListIds: "prefix_list_ids",
    description: "description",
};
const defaultSecurityGroup = {
    vpcId: "vpc_id",
    ingress: block("ingress", inlineRule),
    egress: block("egress", inlineRule),
};
const securityGroup = { ...defaultSecurityGroup, name: "name" };
const securityGroupRule = {
    type: "type",
    securityGroupId: "security_group_id",
    fromPort: "from_port",
    toPort: "to_port",
    protocol: "protocol",
    cidrBlocks: "cidr_blocks",
    ipv6CidrBlocks: "ipv6_cidr_blocks",
    self: "self",
    sourceSecurityGroupId: "source_security_group_id",
    prefixListIds: "prefix_list_ids",
    description: "description",
};
const vpcIngressRule = {
    securityGroupId: "security_group_id",
    ipProtocol: "ip_protocol",
    fromPort: "from_port",
    toPort: "to_port",
    cidrIpv4: "cidr_ipv4",
    cidrIpv6: "cidr_ipv6",
    referencedSecurityGroupId: "referenced_security_group_id",
    prefixListId: "prefix_list_id",
    description: "description",
};
// ---- databases
const parameter = {
    name: "name",
    value: "value",
    applyMethod: "apply_method",
};
const parameterGroup = {
    name: "name",
    family: "family",
    parameters: block("parameter", parameter),
};
const dbInstance = {
    identifier: "identifier",
    engine: "engine",
    engineVersion: "engine_version",
    instanceClass: "instance_class",
    parameterGroupName: "parameter_group_name",
    optionGroupName: "option_group_name",
    storageEncrypted: "storage_encrypted",
    kmsKeyId: "kms_key_id",
    replicateSourceDb: "replicate_source_db",
    snapshotIdentifier: "snapshot_identifier",
    restoreToPointInTime: single("restore_to_point_in_time", {
        sourceDbInstanceIdentifier: "source_db_instance_identifier",
        restoreTime: "restore_time",
        useLatestRestorableTime: "use_latest_restorable_time",
    }),
    caCertIdentifier: "ca_cert_identifier",
    publiclyAccessible: "publicly_accessible",
    username: "username",
    password: "password",
};
const rdsCluster = {
    clusterIdentifier: "cluster_identifier",
    engine: "engine",
    engineVersion: "engine_version",
    engineMode: "engine_mode",
    dbClusterParameterGroupName: "db_cluster_parameter_group_name",
    dbInstanceParameterGroupName: "db_instance_parameter_group_name",
    storageEncrypted: "storage_encrypted",
    kmsKeyId: "kms_key_id",
    replicationSourceIdentifier: "replication_source_identifier",
    snapshotIdentifier: "snapshot_identifier",
    restoreToPointInTime: single("restore_to_point_in_time", {
        sourceClusterIdentifier: "source_cluster_identifier",
        restoreType: "restore_type",
        useLatestRestorableTime: "use_latest_restorable_time",
    }),
    globalClusterIdentifier: "global_cluster_identifier",
    masterUsername: "master_username",
    masterPassword: "master_password",
    scalingConfiguration: single("scaling_configuration", {
        autoPause: "auto_pause",
        maxCapacity: "max_capacity",
        minCapacity: "min_capacity",
    }),
    serverlessv2ScalingConfiguration: single("serverlessv2_scaling_configuration", {
        maxCapacity: "max_capacity",
        minCapacity: "min_capacity",
    }),
};
const optionGroup = {
    name: "name",
    engineName: "engine_name",
    majorEngineVersion: "major_engine_version",
    options: block("option", {
        optionName: "option_name",
        port: "port",
        version: "version",
        optionSettings: block("option_settings", nameValue),
    }),
};
const rdsClusterInstance = {
    identifier: "identifier",
    clusterIdentifier: "cluster_identifier",
    engine: "engine",
    engineVersion: "engine_version",
    instanceClass: "instance_class",
    dbParameterGroupName: "db_parameter_group_name",
    publiclyAccessible: "publicly_accessible",
};
const cacheReplicationGroup = {
    replicationGroupId: "replication_group_id",
    globalReplicationGroupId: "global_replication_group_id",
    engine: "engine",
    engineVersion: "engine_version",
    transitEncryptionEnabled: "transit_encryption_enabled",
    transitEncryptionMode: "transit_encryption_mode",
    atRestEncryptionEnabled: "at_rest_encryption_enabled",
    authToken: "auth_token",
    parameterGroupName: "parameter_group_name",
    numCacheClusters: "num_cache_clusters",
};
const cacheCluster = {
    clusterId: "cluster_id",
    engine: "engine",
    engineVersion: "engine_version",
    transitEncryptionEnabled: "transit_encryption_enabled",
    replicationGroupId: "replication_group_id",
    parameterGroupName: "parameter_group_name",
    numCacheNodes: "num_cache_nodes",
};
const serverlessCache = {
    name: "name",
    engine: "engine",
    majorEngineVersion: "major_engine_version",
};
const redshiftCluster = {
    clusterIdentifier: "cluster_identifier",
    clusterParameterGroupName: "cluster_parameter_group_name",
    encrypted: "encrypted",
    publiclyAccessible: "publicly_accessible",
    masterUsername: "master_username",
    masterPassword: "master_password",
};
const docdbCluster = {
    clusterIdentifier: "cluster_identifier",
    engine: "engine",
    engineVersion: "engine_version",
    dbClusterParameterGroupName: "db_cluster_parameter_group_name",
    storageEncrypted: "storage_encrypted",
    masterUsername: "master_username",
    masterPassword: "master_password",
    kmsKeyId: "kms_key_id",
    snapshotIdentifier: "snapshot_identifier",
    globalClusterIdentifier: "global_cluster_identifier",
    restoreToPointInTime: single("restore_to_point_in_time", {
        sourceClusterIdentifier: "source_cluster_identifier",
        restoreToTime: "restore_to_time",
        useLatestRestorableTime: "use_latest_restorable_time",
    }),
};
// ---- MSK, DMS, RDS Proxy
const mskCluster = {
    clusterName: "cluster_name",
    kafkaVersion: "kafka_version",
    encryptionInfo: single("encryption_info", {
        encryptionAtRestKmsKeyArn: "encryption_at_rest_kms_key_arn",
        encryptionInTransit: single("encryption_in_transit", {
            clientBroker: "client_broker",
            inCluster: "in_cluster",
        }),
    }),
};
const dmsEndpoint = {
    endpointId: "endpoint_id",
    endpointType: "endpoint_type",
    engineName: "engine_name",
    sslMode: "ssl_mode",
    certificateArn: "certificate_arn",
    serverName: "server_name",
    port: "port",
};
const dbProxy = {
    name: "name",
    engineFamily: "engine_family",
    requireTls: "require_tls",
    auths: block("auth", { authScheme: "auth_scheme", iamAuth: "iam_auth" }),
};
// ---- OpenSearch and Elasticsearch domains
const domainEndpointOptions = {
    enforceHttps: "enforce_https",
    tlsSecurityPolicy: "tls_security_policy",
    customEndpointEnabled: "custom_endpoint_enabled",
    customEndpoint: "custom_endpoint",
    customEndpointCertificateArn: "custom_endpoint_certificate_arn",
};
const domainEncryptAtRest = { enabled: "enabled", kmsKeyId: "kms_key_id" };
const domainNodeToNode = { enabled: "enabled" };
const searchDomain = {
    domainName: "domain_name",
    domainEndpointOptions: single("domain_endpoint_options", domainEndpointOptions),
    encryptAtRest: single("encrypt_at_rest", domainEncryptAtRest),
    nodeToNodeEncryption: single("node_to_node_encryption", domainNodeToNode),
};
const opensearchDomain = { ...searchDomain, engineVersion: "engine_version" };
const elasticsearchDomain = { ...searchDomain, elasticsearchVersion: "elasticsearch_version" };
// ---- DocumentDB and Neptune
/** DocumentDB's and Neptune's global clusters have the same fields; RDS's adds force_destroy (below). */
const globalCluster = {
    globalClusterIdentifier: "global_cluster_identifier",
    sourceDbClusterIdentifier: "source_db_cluster_identifier",
    storageEncrypted: "storage_encrypted",
    engine: "engine",
    engineVersion: "engine_version",
};
const neptuneCluster = {
    clusterIdentifier: "cluster_identifier",
    engine: "engine",
    engineVersion: "engine_version",
    neptuneClusterParameterGroupName: "neptune_cluster_parameter_group_name",
    storageEncrypted: "storage_encrypted",
    kmsKeyArn: "kms_key_arn",
    snapshotIdentifier: "snapshot_identifier",
    replicationSourceIdentifier: "replication_source_identifier",
    globalClusterIdentifier: "global_cluster_identifier",
};
// ---- MemoryDB
const memorydbCluster = {
    name: "name",
    engine: "engine",
    engineVersion: "engine_version",
    aclName: "acl_name",
    tlsEnabled: "tls_enabled",
    multiRegionClusterName: "multi_region_cluster_name",
};
const memorydbMultiRegionCluster = {
    multiRegionClusterNameSuffix: "multi_region_cluster_name_suffix",
    engine: "engine",
    engineVersion: "engine_version",
    tlsEnabled: "tls_enabled",
};
// ---- aws_rds_global_cluster (MOAT-RDS-003): the fields DocumentDB's and Neptune's global clusters have, and force_destroy
const rdsGlobalCluster = { ...globalCluster, forceDestroy: "force_destroy" };
// ---- application configuration (MOAT-DB-010 reads the settings applications get)
const lambdaFunction = {
    name: "function_name",
    environment: single("environment", { variables: "variables" }),
};
const ecsTaskDefinition = {
    family: "family",
    containerDefinitions: "container_definitions",
};
const runtimeVariables = { runtimeEnvironmentVariables: "runtime_environment_variables" };
const appRunnerService = {
    serviceName: "service_name",
    sourceConfiguration: single("source_configuration", {
        imageRepository: single("image_repository", {
            imageIdentifier: "image_identifier",
            imageRepositoryType: "image_repository_type",
            imageConfiguration: single("image_configuration", runtimeVariables),
        }),
        codeRepository: single("code_repository", {
            repositoryUrl: "repository_url",
            codeConfiguration: single("code_configuration", {
                configurationSource: "configuration_source",
                codeConfigurationValues: single("code_configuration_values", { ...runtimeVariables, runtime: "runtime" }),
            }),
        }),
    }),
};
const beanstalkEnvironment = {
    name: "name",
    application: "application",
    solutionStackName: "solution_stack_name",
    settings: block("setting", {
        namespace: "namespace",
        name: "name",
        value: "value",
        resource: "resource",
    }),
};
const ssmParameter = {
    name: "name",
    type: "type",
    value: "value",
    insecureValue: "insecure_value",
    valueWo: "value_wo",
};
const secretVersion = {
    secretId: "secret_id",
    secretString: "secret_string",
    secretStringWo: "secret_string_wo",
};
const twins = (module, resource) => [`aws:lb/${module}:${resource}`, `aws:alb/${module}:${resource}`];
/**
 * Every Pulumi resource type a rule can read. Aliases such as `aws:elasticloadbalancingv2/…` are resolved by the engine
 * and never reach a policy, so they are not listed.
 */
const PULUMI_TYPES = [
    { canonical: "aws_lb", tokens: twins("loadBalancer", "LoadBalancer"), fields: loadBalancer },
    { canonical: "aws_lb_listener", tokens: twins("listener", "Listener"), fields: listener },
    { canonical: "aws_lb_listener_rule", tokens: twins("listenerRule", "ListenerRule"), fields: listenerRule },
    { canonical: "aws_lb_target_group", tokens: twins("targetGroup", "TargetGroup"), fields: targetGroup },
    { canonical: "aws_lb_listener_certificate", tokens: twins("listenerCertificate", "ListenerCertificate"), fields: listenerCertificate },
    { canonical: "aws_elb", tokens: ["aws:elb/loadBalancer:LoadBalancer"], fields: classicLoadBalancer },
    { canonical: "aws_load_balancer_policy", tokens: ["aws:elb/loadBalancerPolicy:LoadBalancerPolicy"], fields: classicLoadBalancerPolicy },
    { canonical: "aws_load_balancer_listener_policy", tokens: ["aws:elb/listenerPolicy:ListenerPolicy"], fields: classicListenerPolicy },
    { canonical: "aws_lb_ssl_negotiation_policy", tokens: ["aws:elb/sslNegotiationPolicy:SslNegotiationPolicy"], fields: classicSslNegotiationPolicy },
    { canonical: "aws_security_group", tokens: ["aws:ec2/securityGroup:SecurityGroup"], fields: securityGroup },
    { canonical: "aws_default_security_group", tokens: ["aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"], fields: defaultSecurityGroup },
    { canonical: "aws_security_group_rule", tokens: ["aws:ec2/securityGroupRule:SecurityGroupRule"], fields: securityGroupRule },
    {
        canonical: "aws_vpc_security_group_ingress_rule",
        tokens: ["aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"],
        fields: vpcIngressRule,
    },
    { canonical: "aws_db_instance", tokens: ["aws:rds/instance:Instance"], fields: dbInstance },
    { canonical: "aws_rds_cluster", tokens: ["aws:rds/cluster:Cluster"], fields: rdsCluster },
    { canonical: "aws_db_parameter_group", tokens: ["aws:rds/parameterGroup:ParameterGroup"], fields: parameterGroup },
    { canonical: "aws_rds_cluster_parameter_group", tokens: ["aws:rds/clusterParameterGroup:ClusterParameterGroup"], fields: parameterGroup },
    { canonical: "aws_db_option_group", tokens: ["aws:rds/optionGroup:OptionGroup"], fields: optionGroup },
    { canonical: "aws_rds_cluster_instance", tokens: ["aws:rds/clusterInstance:ClusterInstance"], fields: rdsClusterInstance },
    {
        canonical: "aws_elasticache_replication_group",
        tokens: ["aws:elasticache/replicationGroup:ReplicationGroup"],
        fields: cacheReplicationGroup,
    },
    { canonical: "aws_elasticache_cluster", tokens: ["aws:elasticache/cluster:Cluster"], fields: cacheCluster },
    { canonical: "aws_elasticache_serverless_cache", tokens: ["aws:elasticache/serverlessCache:ServerlessCache"], fields: serverlessCache },
    { canonical: "aws_redshift_cluster", tokens: ["aws:redshift/cluster:Cluster"], fields: redshiftCluster },
    { canonical: "aws_redshift_parameter_group", tokens: ["aws:redshift/parameterGroup:ParameterGroup"], fields: parameterGroup },
    { canonical: "aws_docdb_cluster", tokens: ["aws:docdb/cluster:Cluster"], fields: docdbCluster },
    {
        canonical: "aws_docdb_cluster_parameter_group",
        tokens: ["aws:docdb/clusterParameterGroup:ClusterParameterGroup"],
        fields: parameterGroup,
    },
    { canonical: "aws_msk_cluster", tokens: ["aws:msk/cluster:Cluster"], fields: mskCluster },
    { canonical: "aws_dms_endpoint", tokens: ["aws:dms/endpoint:Endpoint"], fields: dmsEndpoint },
    { canonical: "aws_db_proxy", tokens: ["aws:rds/proxy:Proxy"], fields: dbProxy },
    { canonical: "aws_opensearch_domain", tokens: ["aws:opensearch/domain:Domain"], fields: opensearchDomain },
    { canonical: "aws_elasticsearch_domain", tokens: ["aws:elasticsearch/domain:Domain"], fields: elasticsearchDomain },
    { canonical: "aws_docdb_global_cluster", tokens: ["aws:docdb/globalCluster:GlobalCluster"], fields: globalCluster },
    { canonical: "aws_neptune_cluster", tokens: ["aws:neptune/cluster:Cluster"], fields: neptuneCluster },
    { canonical: "aws_neptune_global_cluster", tokens: ["aws:neptune/globalCluster:GlobalCluster"], fields: globalCluster },
    {
        canonical: "aws_neptune_cluster_parameter_group",
        tokens: ["aws:neptune/clusterParameterGroup:ClusterParameterGroup"],
        fields: parameterGroup,
    },
    { canonical: "aws_memorydb_cluster", tokens: ["aws:memorydb/cluster:Cluster"], fields: memorydbCluster },
    {
        canonical: "aws_memorydb_multi_region_cluster",
        tokens: ["aws:memorydb/multiRegionCluster:MultiRegionCluster"],
        fields: memorydbMultiRegionCluster,
    },
    { canonical: "aws_rds_global_cluster", tokens: ["aws:rds/globalCluster:GlobalCluster"], fields: rdsGlobalCluster },
    { canonical: "aws_lambda_function", tokens: ["aws:lambda/function:Function"], fields: lambdaFunction },
    { canonical: "aws_ecs_task_definition", tokens: ["aws:ecs/taskDefinition:TaskDefinition"], fields: ecsTaskDefinition },
    { canonical: "aws_apprunner_service", tokens: ["aws:apprunner/service:Service"], fields: appRunnerService },
    { canonical: "aws_elastic_beanstalk_environment", tokens: ["aws:elasticbeanstalk/environment:Environment"], fields: beanstalkEnvironment },
    { canonical: "aws_ssm_parameter", tokens: ["aws:ssm/parameter:Parameter"], fields: ssmParameter },
    { canonical: "aws_secretsmanager_secret_version", tokens: ["aws:secretsmanager/secretVersion:SecretVersion"], fields: secretVersion },
];
const BY_TOKEN = new Map(PULUMI_TYPES.flatMap((t) => t.tokens.map((token) => [token, t])));
/** The Pulumi type tokens of a canonical Terraform type (the rule docs list them); `[]` when Pulumi has none here. */
function pulumiTokensFor(canonicalType) {
    return [...(PULUMI_TYPES.find((t) => t.canonical === canonicalType)?.tokens ?? [])];
}
/** The canonical Terraform type of a Pulumi type token, or undefined when no rule reads that type. */
function canonicalTypeOfToken(token) {
    return BY_TOKEN.get(token)?.canonical;
}
/** The property table of a Pulumi type token (Pulumi name → Terraform name), or undefined when no rule reads that type. */
function pulumiFieldsOf(token) {
    return BY_TOKEN.get(token)?.fields;
}
/** Every canonical type the Pulumi door can build. */
function pulumiCanonicalTypes() {
    return PULUMI_TYPES.map((t) => t.canonical);
}
// ---------------------------------------------------------------- values
/**
 * Pulumi's wire protocol constants (sdk/go/common/resource/plugin/rpc.go; @pulumi/policy's proxy.ts): an unknown value
 * is a sentinel string (one per type), a secret is an object tagged with the special signature key.
 * test/pulumi/adapter.test.ts checks these against the installed @pulumi/policy and @pulumi/pulumi.
 */
exports.UNKNOWN_SENTINELS = new Set([
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);
exports.SPECIAL_SIG_KEY = "4dabf18193072939515e22adb298388d";
exports.SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const UNKNOWN_REASON = "unknown during preview";
function isSecretWrapper(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v) && v[exports.SPECIAL_SIG_KEY] === exports.SECRET_SIG;
}
/**
 * Adds the string forms of every leaf of a secret value: the engine replaces them in messages. Iterative, and each
 * object is walked once (`walked`), so neither deep nesting nor secrets nested in secrets can overflow the stack or
 * cost more than one pass.
 */
function addSecretStrings(v, into, walked = new WeakSet()) {
    const stack = [v];
    while (stack.length > 0) {
        const x = stack.pop();
        if (typeof x === "string") {
            if (x !== "" && !exports.UNKNOWN_SENTINELS.has(x))
                into.add(x);
        }
        else if (typeof x === "number" || typeof x === "boolean") {
            into.add(String(x));
        }
        else if (typeof x === "object" && x !== null && !walked.has(x)) {
            walked.add(x);
            if (isSecretWrapper(x))
                stack.push(x.value);
            else if (Array.isArray(x))
                for (const y of x)
                    stack.push(y);
            else
                for (const y of Object.values(x))
                    stack.push(y);
        }
    }
}
/** A secret wrapper (as on the wire) is read as its value; its text is remembered so that it is never printed. */
function unwrap(v, c) {
    while (isSecretWrapper(v)) {
        addSecretStrings(v.value, c.secrets, c.walked);
        v = v.value;
    }
    return v;
}
/**
 * Converts a list or object `depth` levels below the resource's properties, or, deeper than MAX_VALUE_NESTING (or
 * back on itself), says why not: no later walk over the model can then overflow the stack.
 */
function nested(v, depth, c, convert) {
    if (depth >= limits_1.MAX_VALUE_NESTING || c.ancestors.has(v))
        return new values_1.Unknown(limits_1.TOO_DEEP_REASON);
    c.ancestors.add(v);
    try {
        return convert();
    }
    finally {
        c.ancestors.delete(v);
    }
}
/** A raw value, kept as written (map keys included), with unknown sentinels turned into `Unknown`. */
function plainValue(raw, c, depth) {
    const v = unwrap(raw, c);
    if (typeof v === "string")
        return exports.UNKNOWN_SENTINELS.has(v) ? new values_1.Unknown(UNKNOWN_REASON) : v;
    if (v === null || typeof v === "number" || typeof v === "boolean")
        return v;
    if (Array.isArray(v))
        return nested(v, depth, c, () => v.map((x) => plainValue(x, c, depth + 1)));
    if (typeof v === "object" && v !== undefined) {
        return nested(v, depth, c, () => {
            const out = {};
            for (const [k, x] of Object.entries(v))
                if (x !== undefined)
                    (0, values_1.setAttr)(out, k, plainValue(x, c, depth + 1));
            return out;
        });
    }
    return undefined;
}
function blockValue(raw, map, c, depth) {
    const v = unwrap(raw, c);
    const one = (item) => {
        const x = unwrap(item, c);
        if (x !== null && typeof x === "object" && !Array.isArray(x))
            return convertFields(x, map.fields, c, depth + 1);
        return plainValue(x, c, depth + 1);
    };
    if (Array.isArray(v))
        return v.map(one);
    if (v !== null && typeof v === "object")
        return [one(v)];
    return plainValue(v, c, depth);
}
/** `defaultActions` → `default_actions`: the name of a property no table lists (pulumi-aws derives its names so). */
function snakeCase(name) {
    return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
function terraformName(fields, key) {
    const map = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (map === undefined)
        return snakeCase(key);
    return typeof map === "string" ? map : map.tf;
}
/** The properties of a resource (depth 0) or of a nested block (the block's depth), with their Terraform names. */
function convertFields(raw, fields, c, depth = 0) {
    const out = {};
    for (const [key, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        const map = Object.hasOwn(fields, key) ? fields[key] : undefined;
        if (map !== undefined && typeof map !== "string")
            (0, values_1.setAttr)(out, map.tf, blockValue(value, map, c, depth + 1));
        else
            (0, values_1.setAttr)(out, terraformName(fields, key), plainValue(value, c, depth + 1));
    }
    return out;
}
/** The model of one Pulumi resource, or undefined when no rule reads its type. */
function pulumiResource(input) {
    const type = BY_TOKEN.get(input.type);
    if (!type)
        return undefined;
    const secrets = new Set();
    const conversion = { secrets, walked: new WeakSet(), ancestors: new Set() };
    for (const v of input.secretValues ?? [])
        addSecretStrings(v, secrets, conversion.walked);
    for (const p of input.secretProperties ?? [])
        if (Object.hasOwn(input.props, p))
            addSecretStrings(input.props[p], secrets, conversion.walked);
    const attrs = convertFields(input.props, type.fields, conversion);
    const location = { file: input.urn };
    return {
        id: input.urn,
        type: type.canonical,
        sourceType: input.type,
        name: input.name,
        address: input.urn,
        door: "pulumi",
        attrs,
        location,
        urn: input.urn,
        secrets: [...secrets],
        locate: () => location,
    };
}
/**
 * References as edges, from property dependencies: during a preview ARNs, ids and generated names are unknown, so the
 * value cannot say what it points at; the dependency can. The edge carries the Terraform attribute name
 * (`loadBalancerArn` → `load_balancer_arn`), as the other doors' edges do. A resource's plain `dependencies` (which
 * add `dependsOn`) name no attribute, so they make no edge.
 */
function pulumiEdges(input) {
    const type = BY_TOKEN.get(input.type);
    if (!type)
        return [];
    const edges = [];
    for (const [prop, urns] of Object.entries(input.propertyDependencies ?? {})) {
        const attr = terraformName(type.fields, prop);
        for (const to of urns)
            edges.push({ from: input.urn, attr, to });
    }
    return edges;
}
/** The graph of a stack: every resource a rule can read, and the references between them. */
function pulumiGraph(inputs) {
    const resources = [];
    const edges = [];
    for (const input of inputs) {
        const r = pulumiResource(input);
        if (!r)
            continue;
        resources.push(r);
        for (const edge of pulumiEdges(input))
            edges.push(edge);
    }
    return new model_1.ResourceGraph(resources, edges);
}
/**
 * A model attribute path in the words of the Pulumi program: `["default_action", 0, "redirect", 0, "protocol"]` on
 * `aws:lb/listener:Listener` → `defaultActions[0].redirect.protocol`.
 */
function pulumiPropertyPath(token, path) {
    let fields = BY_TOKEN.get(token)?.fields;
    let out = "";
    let skipIndex = false;
    for (const step of path) {
        if (typeof step === "number") {
            if (!skipIndex)
                out += `[${step}]`;
            skipIndex = false;
            continue;
        }
        skipIndex = false;
        const entry = fields
            ? Object.entries(fields).find(([, m]) => (typeof m === "string" ? m : m.tf) === step)
            : undefined;
        const name = entry ? entry[0] : camelCase(step);
        out += out === "" ? name : `.${name}`;
        const map = entry?.[1];
        if (map !== undefined && typeof map !== "string") {
            fields = map.fields;
            skipIndex = map.single === true;
        }
        else {
            fields = undefined;
        }
    }
    return out;
}
function camelCase(name) {
    return name.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
}
