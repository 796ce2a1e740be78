/**
 * The Pulumi door's adapter: Pulumi resources (type token, camelCase properties, unknowns, secrets, property
 * dependencies) become the shared model, which speaks the Terraform AWS provider's vocabulary. pulumi-aws is bridged
 * from that provider, so a property is the same attribute under another name: the tables below say which name, and the
 * compiler checks their Pulumi side against the @pulumi/aws 7.x typings. The imports are type-only and per service
 * (the whole @pulumi/aws index is ~2,700 declaration files): nothing of @pulumi/aws is loaded at run time, and the
 * compiled pack does not need it installed.
 */
import type * as alb from "@pulumi/aws/alb";
import type * as apprunner from "@pulumi/aws/apprunner";
import type * as dms from "@pulumi/aws/dms";
import type * as docdb from "@pulumi/aws/docdb";
import type * as ec2 from "@pulumi/aws/ec2";
import type * as ecs from "@pulumi/aws/ecs";
import type * as elasticache from "@pulumi/aws/elasticache";
import type * as elasticbeanstalk from "@pulumi/aws/elasticbeanstalk";
import type * as elasticsearch from "@pulumi/aws/elasticsearch";
import type * as elb from "@pulumi/aws/elb";
import type * as lambda from "@pulumi/aws/lambda";
import type * as lb from "@pulumi/aws/lb";
import type * as memorydb from "@pulumi/aws/memorydb";
import type * as msk from "@pulumi/aws/msk";
import type * as neptune from "@pulumi/aws/neptune";
import type * as opensearch from "@pulumi/aws/opensearch";
import type * as rds from "@pulumi/aws/rds";
import type * as redshift from "@pulumi/aws/redshift";
import type * as secretsmanager from "@pulumi/aws/secretsmanager";
import type * as ssm from "@pulumi/aws/ssm";
import type * as vpc from "@pulumi/aws/vpc";
import type { input as In } from "@pulumi/aws/types";
import type { EdgeInput, Resource, SourceLocation } from "../core/model";
import { ResourceGraph } from "../core/model";
import { MAX_VALUE_NESTING, TOO_DEEP_REASON } from "../core/limits";
import { type AttrPath, type Attrs, type Value, Unknown, setAttr } from "../core/values";

// ---------------------------------------------------------------- the property tables

/**
 * How one Pulumi property maps to Terraform: a plain rename (the value is kept as it is, maps included), or a nested
 * block converted with its own table. Pulumi names a repeated block in the plural (`defaultActions`) where Terraform
 * uses the singular (`default_action`), and writes a MaxItems=1 block as one object where Terraform (and the model)
 * has a one-element list (`single`).
 */
export type PropertyMap = string | BlockMap;
export interface BlockMap {
  readonly tf: string;
  readonly fields: Fields;
  readonly single?: true;
}
export type Fields = { readonly [pulumiName: string]: PropertyMap };

/** A table checked against one Pulumi args type (or the keys its twin types share, for `aws:lb/…` and `aws:alb/…`). */
type Checked<A, B = A, C = A, D = A> = Partial<Record<keyof A & keyof B & keyof C & keyof D, PropertyMap>>;

const block = (tf: string, fields: Fields): BlockMap => ({ tf, fields });
const single = (tf: string, fields: Fields): BlockMap => ({ tf, fields, single: true });

// ---- load balancers (ELBv2)

const forwardTargetGroup = { arn: "arn", weight: "weight" } satisfies Checked<In.lb.ListenerDefaultActionForwardTargetGroup>;
const forwardStickiness = { enabled: "enabled", duration: "duration" } satisfies Checked<In.lb.ListenerDefaultActionForwardStickiness>;
const forward = {
  targetGroups: block("target_group", forwardTargetGroup),
  stickiness: single("stickiness", forwardStickiness),
} satisfies Checked<In.lb.ListenerDefaultActionForward, In.lb.ListenerRuleActionForward>;
const redirect = {
  protocol: "protocol",
  port: "port",
  host: "host",
  path: "path",
  query: "query",
  statusCode: "status_code",
} satisfies Checked<In.lb.ListenerDefaultActionRedirect, In.lb.ListenerRuleActionRedirect>;
const fixedResponse = {
  contentType: "content_type",
  messageBody: "message_body",
  statusCode: "status_code",
} satisfies Checked<In.lb.ListenerDefaultActionFixedResponse, In.lb.ListenerRuleActionFixedResponse>;
const authenticateOidc = {
  authorizationEndpoint: "authorization_endpoint",
  clientId: "client_id",
  clientSecret: "client_secret",
  issuer: "issuer",
  tokenEndpoint: "token_endpoint",
  userInfoEndpoint: "user_info_endpoint",
  onUnauthenticatedRequest: "on_unauthenticated_request",
  authenticationRequestExtraParams: "authentication_request_extra_params",
} satisfies Checked<In.lb.ListenerDefaultActionAuthenticateOidc, In.lb.ListenerRuleActionAuthenticateOidc>;
const authenticateCognito = {
  userPoolArn: "user_pool_arn",
  userPoolClientId: "user_pool_client_id",
  userPoolDomain: "user_pool_domain",
  onUnauthenticatedRequest: "on_unauthenticated_request",
  authenticationRequestExtraParams: "authentication_request_extra_params",
} satisfies Checked<In.lb.ListenerDefaultActionAuthenticateCognito, In.lb.ListenerRuleActionAuthenticateCognito>;
const listenerAction = {
  type: "type",
  order: "order",
  targetGroupArn: "target_group_arn",
  forward: single("forward", forward),
  redirect: single("redirect", redirect),
  fixedResponse: single("fixed_response", fixedResponse),
  authenticateOidc: single("authenticate_oidc", authenticateOidc),
  authenticateCognito: single("authenticate_cognito", authenticateCognito),
} satisfies Checked<In.lb.ListenerDefaultAction, In.lb.ListenerRuleAction, In.alb.ListenerDefaultAction, In.alb.ListenerRuleAction>;

const loadBalancer = {
  name: "name",
  loadBalancerType: "load_balancer_type",
  internal: "internal",
  securityGroups: "security_groups",
  subnets: "subnets",
  dropInvalidHeaderFields: "drop_invalid_header_fields",
} satisfies Checked<lb.LoadBalancerArgs, alb.LoadBalancerArgs>;

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
  } satisfies Checked<In.lb.ListenerMutualAuthentication>),
} satisfies Checked<lb.ListenerArgs, alb.ListenerArgs>;

const values = { values: "values" };
const listenerRuleCondition = {
  hostHeader: single("host_header", values satisfies Checked<In.lb.ListenerRuleConditionHostHeader>),
  pathPattern: single("path_pattern", values satisfies Checked<In.lb.ListenerRuleConditionPathPattern>),
  httpRequestMethod: single("http_request_method", values satisfies Checked<In.lb.ListenerRuleConditionHttpRequestMethod>),
  sourceIp: single("source_ip", values satisfies Checked<In.lb.ListenerRuleConditionSourceIp>),
  httpHeader: single("http_header", { httpHeaderName: "http_header_name", values: "values" }),
  queryStrings: block("query_string", { key: "key", value: "value" }),
} satisfies Checked<In.lb.ListenerRuleCondition, In.alb.ListenerRuleCondition>;

const listenerRule = {
  listenerArn: "listener_arn",
  priority: "priority",
  actions: block("action", listenerAction),
  conditions: block("condition", listenerRuleCondition),
} satisfies Checked<lb.ListenerRuleArgs, alb.ListenerRuleArgs>;

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
  } satisfies Checked<In.lb.TargetGroupHealthCheck>),
} satisfies Checked<lb.TargetGroupArgs, alb.TargetGroupArgs>;

const listenerCertificate = {
  listenerArn: "listener_arn",
  certificateArn: "certificate_arn",
} satisfies Checked<lb.ListenerCertificateArgs, alb.ListenerCertificateArgs>;

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
  } satisfies Checked<In.elb.LoadBalancerListener>),
} satisfies Checked<elb.LoadBalancerArgs>;

const nameValue = { name: "name", value: "value" };

const classicLoadBalancerPolicy = {
  loadBalancerName: "load_balancer_name",
  policyName: "policy_name",
  policyTypeName: "policy_type_name",
  policyAttributes: block("policy_attribute", nameValue satisfies Checked<In.elb.LoadBalancerPolicyPolicyAttribute>),
} satisfies Checked<elb.LoadBalancerPolicyArgs>;

const classicListenerPolicy = {
  loadBalancerName: "load_balancer_name",
  loadBalancerPort: "load_balancer_port",
  policyNames: "policy_names",
} satisfies Checked<elb.ListenerPolicyArgs>;

const classicSslNegotiationPolicy = {
  name: "name",
  loadBalancer: "load_balancer",
  lbPort: "lb_port",
  attributes: block("attribute", nameValue satisfies Checked<In.elb.SslNegotiationPolicyAttribute>),
} satisfies Checked<elb.SslNegotiationPolicyArgs>;

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
} satisfies Checked<In.ec2.SecurityGroupIngress, In.ec2.DefaultSecurityGroupIngress, In.ec2.SecurityGroupEgress, In.ec2.DefaultSecurityGroupEgress>;

const defaultSecurityGroup = {
  vpcId: "vpc_id",
  ingress: block("ingress", inlineRule),
  egress: block("egress", inlineRule),
} satisfies Checked<ec2.DefaultSecurityGroupArgs>;

const securityGroup = { ...defaultSecurityGroup, name: "name" } satisfies Checked<ec2.SecurityGroupArgs>;

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
} satisfies Checked<ec2.SecurityGroupRuleArgs>;

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
} satisfies Checked<vpc.SecurityGroupIngressRuleArgs>;

// ---- databases

const parameter = {
  name: "name",
  value: "value",
  applyMethod: "apply_method",
} satisfies Checked<
  In.rds.ParameterGroupParameter,
  In.rds.ClusterParameterGroupParameter,
  In.docdb.ClusterParameterGroupParameter,
  In.neptune.ClusterParameterGroupParameter
>;

const parameterGroup = {
  name: "name",
  family: "family",
  parameters: block("parameter", parameter),
} satisfies Checked<rds.ParameterGroupArgs, rds.ClusterParameterGroupArgs> &
  Checked<redshift.ParameterGroupArgs, docdb.ClusterParameterGroupArgs, neptune.ClusterParameterGroupArgs>;

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
  } satisfies Checked<In.rds.InstanceRestoreToPointInTime>),
  caCertIdentifier: "ca_cert_identifier",
  publiclyAccessible: "publicly_accessible",
  username: "username",
  password: "password",
} satisfies Checked<rds.InstanceArgs>;

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
  } satisfies Checked<In.rds.ClusterRestoreToPointInTime>),
  globalClusterIdentifier: "global_cluster_identifier",
  masterUsername: "master_username",
  masterPassword: "master_password",
  scalingConfiguration: single("scaling_configuration", {
    autoPause: "auto_pause",
    maxCapacity: "max_capacity",
    minCapacity: "min_capacity",
  } satisfies Checked<In.rds.ClusterScalingConfiguration>),
  serverlessv2ScalingConfiguration: single("serverlessv2_scaling_configuration", {
    maxCapacity: "max_capacity",
    minCapacity: "min_capacity",
  } satisfies Checked<In.rds.ClusterServerlessv2ScalingConfiguration>),
} satisfies Checked<rds.ClusterArgs>;

const optionGroup = {
  name: "name",
  engineName: "engine_name",
  majorEngineVersion: "major_engine_version",
  options: block("option", {
    optionName: "option_name",
    port: "port",
    version: "version",
    optionSettings: block("option_settings", nameValue satisfies Checked<In.rds.OptionGroupOptionOptionSetting>),
  } satisfies Checked<In.rds.OptionGroupOption>),
} satisfies Checked<rds.OptionGroupArgs>;

const rdsClusterInstance = {
  identifier: "identifier",
  clusterIdentifier: "cluster_identifier",
  engine: "engine",
  engineVersion: "engine_version",
  instanceClass: "instance_class",
  dbParameterGroupName: "db_parameter_group_name",
  publiclyAccessible: "publicly_accessible",
} satisfies Checked<rds.ClusterInstanceArgs>;

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
} satisfies Checked<elasticache.ReplicationGroupArgs>;

const cacheCluster = {
  clusterId: "cluster_id",
  engine: "engine",
  engineVersion: "engine_version",
  transitEncryptionEnabled: "transit_encryption_enabled",
  replicationGroupId: "replication_group_id",
  parameterGroupName: "parameter_group_name",
  numCacheNodes: "num_cache_nodes",
} satisfies Checked<elasticache.ClusterArgs>;

const serverlessCache = {
  name: "name",
  engine: "engine",
  majorEngineVersion: "major_engine_version",
} satisfies Checked<elasticache.ServerlessCacheArgs>;

const redshiftCluster = {
  clusterIdentifier: "cluster_identifier",
  clusterParameterGroupName: "cluster_parameter_group_name",
  encrypted: "encrypted",
  publiclyAccessible: "publicly_accessible",
  masterUsername: "master_username",
  masterPassword: "master_password",
} satisfies Checked<redshift.ClusterArgs>;

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
  } satisfies Checked<In.docdb.ClusterRestoreToPointInTime>),
} satisfies Checked<docdb.ClusterArgs>;

// ---- MSK, DMS, RDS Proxy

const mskCluster = {
  clusterName: "cluster_name",
  kafkaVersion: "kafka_version",
  encryptionInfo: single("encryption_info", {
    encryptionAtRestKmsKeyArn: "encryption_at_rest_kms_key_arn",
    encryptionInTransit: single("encryption_in_transit", {
      clientBroker: "client_broker",
      inCluster: "in_cluster",
    } satisfies Checked<In.msk.ClusterEncryptionInfoEncryptionInTransit>),
  } satisfies Checked<In.msk.ClusterEncryptionInfo>),
} satisfies Checked<msk.ClusterArgs>;

const dmsEndpoint = {
  endpointId: "endpoint_id",
  endpointType: "endpoint_type",
  engineName: "engine_name",
  sslMode: "ssl_mode",
  certificateArn: "certificate_arn",
  serverName: "server_name",
  port: "port",
} satisfies Checked<dms.EndpointArgs>;

const dbProxy = {
  name: "name",
  engineFamily: "engine_family",
  requireTls: "require_tls",
  auths: block("auth", { authScheme: "auth_scheme", iamAuth: "iam_auth" } satisfies Checked<In.rds.ProxyAuth>),
} satisfies Checked<rds.ProxyArgs>;

// ---- OpenSearch and Elasticsearch domains

const domainEndpointOptions = {
  enforceHttps: "enforce_https",
  tlsSecurityPolicy: "tls_security_policy",
  customEndpointEnabled: "custom_endpoint_enabled",
  customEndpoint: "custom_endpoint",
  customEndpointCertificateArn: "custom_endpoint_certificate_arn",
} satisfies Checked<In.opensearch.DomainDomainEndpointOptions, In.elasticsearch.DomainDomainEndpointOptions>;
const domainEncryptAtRest = { enabled: "enabled", kmsKeyId: "kms_key_id" } satisfies Checked<
  In.opensearch.DomainEncryptAtRest,
  In.elasticsearch.DomainEncryptAtRest
>;
const domainNodeToNode = { enabled: "enabled" } satisfies Checked<In.opensearch.DomainNodeToNodeEncryption, In.elasticsearch.DomainNodeToNodeEncryption>;
const searchDomain = {
  domainName: "domain_name",
  domainEndpointOptions: single("domain_endpoint_options", domainEndpointOptions),
  encryptAtRest: single("encrypt_at_rest", domainEncryptAtRest),
  nodeToNodeEncryption: single("node_to_node_encryption", domainNodeToNode),
} satisfies Checked<opensearch.DomainArgs, elasticsearch.DomainArgs>;
const opensearchDomain = { ...searchDomain, engineVersion: "engine_version" } satisfies Checked<opensearch.DomainArgs>;
const elasticsearchDomain = { ...searchDomain, elasticsearchVersion: "elasticsearch_version" } satisfies Checked<elasticsearch.DomainArgs>;

// ---- DocumentDB and Neptune

/** DocumentDB's and Neptune's global clusters have the same fields; RDS's adds force_destroy (below). */
const globalCluster = {
  globalClusterIdentifier: "global_cluster_identifier",
  sourceDbClusterIdentifier: "source_db_cluster_identifier",
  storageEncrypted: "storage_encrypted",
  engine: "engine",
  engineVersion: "engine_version",
} satisfies Checked<docdb.GlobalClusterArgs, neptune.GlobalClusterArgs>;

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
} satisfies Checked<neptune.ClusterArgs>;


// ---- MemoryDB

const memorydbCluster = {
  name: "name",
  engine: "engine",
  engineVersion: "engine_version",
  aclName: "acl_name",
  tlsEnabled: "tls_enabled",
  multiRegionClusterName: "multi_region_cluster_name",
} satisfies Checked<memorydb.ClusterArgs>;

const memorydbMultiRegionCluster = {
  multiRegionClusterNameSuffix: "multi_region_cluster_name_suffix",
  engine: "engine",
  engineVersion: "engine_version",
  tlsEnabled: "tls_enabled",
} satisfies Checked<memorydb.MultiRegionClusterArgs>;

// ---- aws_rds_global_cluster (MOAT-RDS-003): the fields DocumentDB's and Neptune's global clusters have, and force_destroy

const rdsGlobalCluster = { ...globalCluster, forceDestroy: "force_destroy" } satisfies Checked<rds.GlobalClusterArgs>;

// ---- application configuration (MOAT-DB-010 reads the settings applications get)

const lambdaFunction = {
  name: "function_name",
  environment: single("environment", { variables: "variables" } satisfies Checked<In.lambda.FunctionEnvironment>),
} satisfies Checked<lambda.FunctionArgs>;

const ecsTaskDefinition = {
  family: "family",
  containerDefinitions: "container_definitions",
} satisfies Checked<ecs.TaskDefinitionArgs>;

const runtimeVariables = { runtimeEnvironmentVariables: "runtime_environment_variables" };
const appRunnerService = {
  serviceName: "service_name",
  sourceConfiguration: single("source_configuration", {
    imageRepository: single("image_repository", {
      imageIdentifier: "image_identifier",
      imageRepositoryType: "image_repository_type",
      imageConfiguration: single("image_configuration", runtimeVariables satisfies Checked<In.apprunner.ServiceSourceConfigurationImageRepositoryImageConfiguration>),
    } satisfies Checked<In.apprunner.ServiceSourceConfigurationImageRepository>),
    codeRepository: single("code_repository", {
      repositoryUrl: "repository_url",
      codeConfiguration: single("code_configuration", {
        configurationSource: "configuration_source",
        codeConfigurationValues: single(
          "code_configuration_values",
          { ...runtimeVariables, runtime: "runtime" } satisfies Checked<In.apprunner.ServiceSourceConfigurationCodeRepositoryCodeConfigurationCodeConfigurationValues>,
        ),
      } satisfies Checked<In.apprunner.ServiceSourceConfigurationCodeRepositoryCodeConfiguration>),
    } satisfies Checked<In.apprunner.ServiceSourceConfigurationCodeRepository>),
  } satisfies Checked<In.apprunner.ServiceSourceConfiguration>),
} satisfies Checked<apprunner.ServiceArgs>;

const beanstalkEnvironment = {
  name: "name",
  application: "application",
  solutionStackName: "solution_stack_name",
  settings: block("setting", {
    namespace: "namespace",
    name: "name",
    value: "value",
    resource: "resource",
  } satisfies Checked<In.elasticbeanstalk.EnvironmentSetting>),
} satisfies Checked<elasticbeanstalk.EnvironmentArgs>;

const ssmParameter = {
  name: "name",
  type: "type",
  value: "value",
  insecureValue: "insecure_value",
  valueWo: "value_wo",
} satisfies Checked<ssm.ParameterArgs>;

const secretVersion = {
  secretId: "secret_id",
  secretString: "secret_string",
  secretStringWo: "secret_string_wo",
} satisfies Checked<secretsmanager.SecretVersionArgs>;

// ---------------------------------------------------------------- the token table

interface PulumiType {
  /** Canonical Terraform type. */
  readonly canonical: string;
  /** Pulumi type tokens that are this resource (`aws:lb/…` and `aws:alb/…` are different tokens for one thing). */
  readonly tokens: readonly string[];
  readonly fields: Fields;
}

const twins = (module: string, resource: string) => [`aws:lb/${module}:${resource}`, `aws:alb/${module}:${resource}`];

/**
 * Every Pulumi resource type a rule can read. Aliases such as `aws:elasticloadbalancingv2/…` are resolved by the engine
 * and never reach a policy, so they are not listed.
 */
const PULUMI_TYPES: readonly PulumiType[] = [
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

const BY_TOKEN = new Map<string, PulumiType>(PULUMI_TYPES.flatMap((t) => t.tokens.map((token) => [token, t] as const)));

/** The Pulumi type tokens of a canonical Terraform type (the rule docs list them); `[]` when Pulumi has none here. */
export function pulumiTokensFor(canonicalType: string): string[] {
  return [...(PULUMI_TYPES.find((t) => t.canonical === canonicalType)?.tokens ?? [])];
}

/** The canonical Terraform type of a Pulumi type token, or undefined when no rule reads that type. */
export function canonicalTypeOfToken(token: string): string | undefined {
  return BY_TOKEN.get(token)?.canonical;
}

/** The property table of a Pulumi type token (Pulumi name → Terraform name), or undefined when no rule reads that type. */
export function pulumiFieldsOf(token: string): Fields | undefined {
  return BY_TOKEN.get(token)?.fields;
}

/** Every canonical type the Pulumi door can build. */
export function pulumiCanonicalTypes(): string[] {
  return PULUMI_TYPES.map((t) => t.canonical);
}

// ---------------------------------------------------------------- values

/**
 * Pulumi's wire protocol constants (sdk/go/common/resource/plugin/rpc.go; @pulumi/policy's proxy.ts): an unknown value
 * is a sentinel string (one per type), a secret is an object tagged with the special signature key.
 * test/pulumi/adapter.test.ts checks these against the installed @pulumi/policy and @pulumi/pulumi.
 */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);
export const SPECIAL_SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

const UNKNOWN_REASON = "unknown during preview";

function isSecretWrapper(v: unknown): v is { value: unknown } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && (v as Record<string, unknown>)[SPECIAL_SIG_KEY] === SECRET_SIG;
}

/**
 * Adds the string forms of every leaf of a secret value: the engine replaces them in messages. Iterative, and each
 * object is walked once (`walked`), so neither deep nesting nor secrets nested in secrets can overflow the stack or
 * cost more than one pass.
 */
export function addSecretStrings(v: unknown, into: Set<string>, walked: WeakSet<object> = new WeakSet()): void {
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x === "string") {
      if (x !== "" && !UNKNOWN_SENTINELS.has(x)) into.add(x);
    } else if (typeof x === "number" || typeof x === "boolean") {
      into.add(String(x));
    } else if (typeof x === "object" && x !== null && !walked.has(x)) {
      walked.add(x);
      if (isSecretWrapper(x)) stack.push(x.value);
      else if (Array.isArray(x)) for (const y of x) stack.push(y);
      else for (const y of Object.values(x)) stack.push(y);
    }
  }
}

/** What converting one resource's properties collects and guards. */
interface Conversion {
  secrets: Set<string>;
  /** Objects whose secret strings are collected already. */
  walked: WeakSet<object>;
  /** The objects on the path being converted: one met again is a cycle. */
  ancestors: Set<object>;
}

/** A secret wrapper (as on the wire) is read as its value; its text is remembered so that it is never printed. */
function unwrap(v: unknown, c: Conversion): unknown {
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
function nested(v: object, depth: number, c: Conversion, convert: () => Value): Value {
  if (depth >= MAX_VALUE_NESTING || c.ancestors.has(v)) return new Unknown(TOO_DEEP_REASON);
  c.ancestors.add(v);
  try {
    return convert();
  } finally {
    c.ancestors.delete(v);
  }
}

/** A raw value, kept as written (map keys included), with unknown sentinels turned into `Unknown`. */
function plainValue(raw: unknown, c: Conversion, depth: number): Value {
  const v = unwrap(raw, c);
  if (typeof v === "string") return UNKNOWN_SENTINELS.has(v) ? new Unknown(UNKNOWN_REASON) : v;
  if (v === null || typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return nested(v, depth, c, () => v.map((x) => plainValue(x, c, depth + 1)));
  if (typeof v === "object" && v !== undefined) {
    return nested(v, depth, c, () => {
      const out: Attrs = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) setAttr(out, k, plainValue(x, c, depth + 1));
      return out;
    });
  }
  return undefined;
}

function blockValue(raw: unknown, map: BlockMap, c: Conversion, depth: number): Value {
  const v = unwrap(raw, c);
  const one = (item: unknown): Value => {
    const x = unwrap(item, c);
    if (x !== null && typeof x === "object" && !Array.isArray(x)) return convertFields(x as Record<string, unknown>, map.fields, c, depth + 1);
    return plainValue(x, c, depth + 1);
  };
  if (Array.isArray(v)) return v.map(one);
  if (v !== null && typeof v === "object") return [one(v)];
  return plainValue(v, c, depth);
}

/** `defaultActions` → `default_actions`: the name of a property no table lists (pulumi-aws derives its names so). */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}

function terraformName(fields: Fields, key: string): string {
  const map = Object.hasOwn(fields, key) ? fields[key] : undefined;
  if (map === undefined) return snakeCase(key);
  return typeof map === "string" ? map : map.tf;
}

/** The properties of a resource (depth 0) or of a nested block (the block's depth), with their Terraform names. */
function convertFields(raw: Record<string, unknown>, fields: Fields, c: Conversion, depth = 0): Attrs {
  const out: Attrs = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const map = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (map !== undefined && typeof map !== "string") setAttr(out, map.tf, blockValue(value, map, c, depth + 1));
    else setAttr(out, terraformName(fields, key), plainValue(value, c, depth + 1));
  }
  return out;
}

// ---------------------------------------------------------------- resources and edges

/** One Pulumi resource as the engine hands it to a policy (or as a program registers it under mocks). */
export interface PulumiResourceInput {
  /** The type token, `aws:lb/listener:Listener`. */
  type: string;
  urn: string;
  /** The Pulumi resource name. */
  name: string;
  /**
   * Properties as sent on the wire: unknowns are sentinel strings; secrets are either still wrapped (`{ [sig]: secret,
   * value }`) or already unwrapped and listed in `secretValues`. Never the policy's props Proxy, which throws on unknowns.
   */
  props: Readonly<Record<string, unknown>>;
  /** Values that were secrets before they were unwrapped. */
  secretValues?: readonly unknown[];
  /** Top-level properties the resource declares secret (`additionalSecretOutputs`, Pulumi names). */
  secretProperties?: readonly string[];
  /** Pulumi property name → URNs it depends on. */
  propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

/** The model of one Pulumi resource, or undefined when no rule reads its type. */
export function pulumiResource(input: PulumiResourceInput): Resource | undefined {
  const type = BY_TOKEN.get(input.type);
  if (!type) return undefined;
  const secrets = new Set<string>();
  const conversion: Conversion = { secrets, walked: new WeakSet(), ancestors: new Set() };
  for (const v of input.secretValues ?? []) addSecretStrings(v, secrets, conversion.walked);
  for (const p of input.secretProperties ?? []) if (Object.hasOwn(input.props, p)) addSecretStrings(input.props[p], secrets, conversion.walked);
  const attrs = convertFields(input.props, type.fields, conversion);
  const location: SourceLocation = { file: input.urn };
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
export function pulumiEdges(input: PulumiResourceInput): EdgeInput[] {
  const type = BY_TOKEN.get(input.type);
  if (!type) return [];
  const edges: EdgeInput[] = [];
  for (const [prop, urns] of Object.entries(input.propertyDependencies ?? {})) {
    const attr = terraformName(type.fields, prop);
    for (const to of urns) edges.push({ from: input.urn, attr, to });
  }
  return edges;
}

/** The graph of a stack: every resource a rule can read, and the references between them. */
export function pulumiGraph(inputs: readonly PulumiResourceInput[]): ResourceGraph {
  const resources: Resource[] = [];
  const edges: EdgeInput[] = [];
  for (const input of inputs) {
    const r = pulumiResource(input);
    if (!r) continue;
    resources.push(r);
    for (const edge of pulumiEdges(input)) edges.push(edge);
  }
  return new ResourceGraph(resources, edges);
}

/**
 * A model attribute path in the words of the Pulumi program: `["default_action", 0, "redirect", 0, "protocol"]` on
 * `aws:lb/listener:Listener` → `defaultActions[0].redirect.protocol`.
 */
export function pulumiPropertyPath(token: string, path: AttrPath): string {
  let fields: Fields | undefined = BY_TOKEN.get(token)?.fields;
  let out = "";
  let skipIndex = false;
  for (const step of path) {
    if (typeof step === "number") {
      if (!skipIndex) out += `[${step}]`;
      skipIndex = false;
      continue;
    }
    skipIndex = false;
    const entry: [string, PropertyMap] | undefined = fields
      ? Object.entries(fields).find(([, m]) => (typeof m === "string" ? m : m.tf) === step)
      : undefined;
    const name = entry ? entry[0] : camelCase(step);
    out += out === "" ? name : `.${name}`;
    const map = entry?.[1];
    if (map !== undefined && typeof map !== "string") {
      fields = map.fields;
      skipIndex = map.single === true;
    } else {
      fields = undefined;
    }
  }
  return out;
}

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
