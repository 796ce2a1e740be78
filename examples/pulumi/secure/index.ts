// The resources of the insecure example, configured so that every moat rule passes:
// `pulumi preview --policy-pack ../../..` reports nothing.
import * as aws from "@pulumi/aws";

const vpcId = "vpc-0123456789abcdef0";
const subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"];
const certificateArn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-example";
const tlsPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";

const webTargets = new aws.lb.TargetGroup("web", { port: 8080, protocol: "HTTP", vpcId });

// Port 80 only redirects; the traffic is served over HTTPS with a TLS 1.2+ policy and a certificate.
const web = new aws.lb.LoadBalancer("web", { loadBalancerType: "application", subnets });
new aws.lb.Listener("web-http", {
  loadBalancerArn: web.arn,
  port: 80,
  protocol: "HTTP",
  defaultActions: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }],
});
new aws.lb.Listener("web-https", {
  loadBalancerArn: web.arn,
  port: 443,
  protocol: "HTTPS",
  sslPolicy: tlsPolicy,
  certificateArn,
  routingHttpResponseStrictTransportSecurityHeaderValue: "max-age=31536000; includeSubDomains",
  defaultActions: [{ type: "forward", targetGroupArn: webTargets.arn }],
});

// The network load balancer terminates TLS itself.
const edge = new aws.lb.LoadBalancer("edge", { loadBalancerType: "network", subnets });
const edgeTargets = new aws.lb.TargetGroup("edge", { port: 8443, protocol: "TCP", vpcId });
new aws.lb.Listener("edge-443", {
  loadBalancerArn: edge.arn,
  port: 443,
  protocol: "TLS",
  sslPolicy: tlsPolicy,
  certificateArn,
  defaultActions: [{ type: "forward", targetGroupArn: edgeTargets.arn }],
});

// A classic load balancer with HTTPS only, negotiating with a TLS 1.2 reference policy.
const legacy = new aws.elb.LoadBalancer("legacy", {
  name: "legacy",
  subnets,
  listeners: [{ lbPort: 443, lbProtocol: "https", instancePort: 8080, instanceProtocol: "http", sslCertificateId: certificateArn }],
});
const legacyTls = new aws.elb.LoadBalancerPolicy("legacy-tls", {
  loadBalancerName: legacy.name,
  policyName: "legacy-tls",
  policyTypeName: "SSLNegotiationPolicyType",
  policyAttributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-TLS-1-2-2017-01" }],
});
new aws.elb.ListenerPolicy("legacy-https", {
  loadBalancerName: legacy.name,
  loadBalancerPort: 443,
  policyNames: [legacyTls.policyName],
});

// Databases: TLS required by their parameter groups, storage encrypted.
const appParameters = new aws.rds.ParameterGroup("app-pg16", {
  family: "postgres16",
  parameters: [{ name: "rds.force_ssl", value: "1" }],
});
new aws.rds.Instance("app", {
  engine: "postgres",
  engineVersion: "16.4",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 20,
  username: "app",
  manageMasterUserPassword: true,
  storageEncrypted: true,
  parameterGroupName: appParameters.name,
});

const ordersParameters = new aws.rds.ClusterParameterGroup("orders-pg16", {
  family: "aurora-postgresql16",
  parameters: [{ name: "rds.force_ssl", value: "1" }],
});
new aws.rds.Cluster("orders", {
  engine: "aurora-postgresql",
  engineVersion: "16.4",
  masterUsername: "orders",
  manageMasterUserPassword: true,
  storageEncrypted: true,
  dbClusterParameterGroupName: ordersParameters.name,
});

new aws.elasticache.ReplicationGroup("sessions", {
  description: "Session store",
  engine: "redis",
  engineVersion: "7.1",
  nodeType: "cache.t4g.small",
  numCacheClusters: 2,
  atRestEncryptionEnabled: true,
  transitEncryptionEnabled: true,
});

const warehouseParameters = new aws.redshift.ParameterGroup("warehouse", {
  family: "redshift-2.0",
  parameters: [{ name: "require_ssl", value: "true" }],
});
new aws.redshift.Cluster("warehouse", {
  clusterIdentifier: "warehouse",
  nodeType: "ra3.xlplus",
  masterUsername: "warehouse_admin",
  manageMasterPassword: true,
  encrypted: "true",
  clusterParameterGroupName: warehouseParameters.name,
});

// DocumentDB requires TLS unless a parameter group turns it off.
new aws.docdb.Cluster("catalog", { masterUsername: "catalog_admin", manageMasterUserPassword: true, storageEncrypted: true });

// Security groups: HTTPS from the internet, the application port from the VPC only.
new aws.ec2.SecurityGroup("web", {
  vpcId,
  ingress: [{ description: "HTTPS", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] }],
});
const app = new aws.ec2.SecurityGroup("app", { vpcId });
new aws.vpc.SecurityGroupIngressRule("app-http", {
  securityGroupId: app.id,
  ipProtocol: "tcp",
  fromPort: 8080,
  toPort: 8080,
  cidrIpv4: "10.0.0.0/16",
});

// MSK with TLS on both legs, a DMS endpoint that verifies the database's certificate, an RDS Proxy that requires TLS.
const streamingSubnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-0c9d8e7f"];
new aws.msk.Cluster("events", {
  clusterName: "events",
  kafkaVersion: "3.6.0",
  numberOfBrokerNodes: 3,
  brokerNodeGroupInfo: { instanceType: "kafka.m5.large", clientSubnets: streamingSubnets, securityGroups: ["sg-0123456789abcdef0"] },
  encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } },
});
new aws.dms.Endpoint("orders-source", {
  endpointId: "orders-source",
  endpointType: "source",
  engineName: "postgres",
  serverName: "orders.cluster-abc.eu-west-1.rds.amazonaws.com",
  port: 5432,
  databaseName: "orders",
  username: "dms",
  password: "example-only",
  sslMode: "verify-full",
  certificateArn: "arn:aws:dms:eu-west-1:123456789012:cert:RDSCABUNDLE",
});
new aws.rds.Proxy("orders", {
  name: "orders",
  engineFamily: "POSTGRESQL",
  roleArn: "arn:aws:iam::123456789012:role/rds-proxy",
  vpcSubnetIds: streamingSubnets,
  requireTls: true,
  auths: [{ authScheme: "SECRETS", iamAuth: "REQUIRED", secretArn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-AbCdEf" }],
});

// A search domain: HTTPS only with a TLS 1.2+ forward-secret policy, encrypted between nodes and at rest.
new aws.opensearch.Domain("products", {
  engineVersion: "OpenSearch_2.13",
  clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
  ebsOptions: { ebsEnabled: true, volumeSize: 20 },
  domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
  nodeToNodeEncryption: { enabled: true },
  encryptAtRest: { enabled: true },
});

new aws.docdb.Cluster("sessions", { masterUsername: "sessions", manageMasterUserPassword: true, storageEncrypted: true });

const recommendationsParameters = new aws.neptune.ClusterParameterGroup("recommendations", {
  family: "neptune1.3",
  parameters: [{ name: "neptune_enable_audit_log", value: "1" }],
});
new aws.neptune.Cluster("recommendations", {
  engine: "neptune",
  engineVersion: "1.3.2.1",
  storageEncrypted: true,
  neptuneClusterParameterGroupName: recommendationsParameters.name,
});

// Warehouse storage encrypted; Valkey caches encrypt at rest by default; MemoryDB keeps TLS on (the default).
new aws.redshift.Cluster("orders-history", {
  clusterIdentifier: "orders-history",
  nodeType: "ra3.xlplus",
  masterUsername: "history",
  manageMasterPassword: true,
  clusterParameterGroupName: "default.redshift-2.0",
  encrypted: "true",
});
new aws.elasticache.ReplicationGroup("carts", {
  description: "Shopping carts",
  engine: "valkey",
  nodeType: "cache.t4g.small",
  numCacheClusters: 2,
  transitEncryptionEnabled: true,
});
new aws.memorydb.Cluster("inventory", {
  engine: "valkey",
  nodeType: "db.t4g.small",
  numShards: 1,
  aclName: "inventory-users",
});

// Application configuration: every connection asks for TLS and verifies the server.
new aws.lambda.Function("orders-api", {
  role: "arn:aws:iam::123456789012:role/orders-api",
  runtime: "python3.12",
  handler: "app.handler",
  environment: {
    variables: {
      LOG_LEVEL: "info",
      DATABASE_URL: "postgresql://orders_app@orders.db.internal:5432/orders?sslmode=verify-full",
    },
  },
});
new aws.ecs.TaskDefinition("worker", {
  family: "worker",
  requiresCompatibilities: ["FARGATE"],
  networkMode: "awsvpc",
  cpu: "256",
  memory: "512",
  containerDefinitions: JSON.stringify([
    {
      name: "worker",
      image: "public.ecr.aws/docker/library/python:3.12-slim",
      essential: true,
      environment: [
        { name: "REDIS_URL", value: "rediss://sessions.cache.internal:6379/0" },
        { name: "DATABASE_URL", value: "postgresql://worker@orders.db.internal:5432/orders?sslmode=verify-full" },
      ],
    },
  ]),
});
