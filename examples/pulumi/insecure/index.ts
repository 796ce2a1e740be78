// Every moat rule that has a Pulumi form, broken once. `pulumi preview --policy-pack ../../..` reports each of them
// and fails on the mandatory ones. Each resource says which rule it breaks.
import * as aws from "@pulumi/aws";

const vpcId = "vpc-0123456789abcdef0";
const subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"];
const certificateArn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-example";

const webTargets = new aws.lb.TargetGroup("web", { port: 8080, protocol: "HTTP", vpcId });

// lb-no-https-listener: an internet-facing ALB whose only listener is plain HTTP ...
const web = new aws.lb.LoadBalancer("web", { loadBalancerType: "application", subnets });
// lb-listener-plain-http: ... and that listener forwards instead of redirecting to HTTPS.
new aws.lb.Listener("web-http", {
  loadBalancerArn: web.arn,
  port: 80,
  protocol: "HTTP",
  defaultActions: [{ type: "forward", targetGroupArn: webTargets.arn }],
});

const api = new aws.alb.LoadBalancer("api", { loadBalancerType: "application", subnets });
// lb-listener-weak-tls-policy: this security policy still accepts TLS 1.0.
new aws.alb.Listener("api-https", {
  loadBalancerArn: api.arn,
  port: 443,
  protocol: "HTTPS",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-0-2021-06",
  certificateArn,
  defaultActions: [{ type: "forward", targetGroupArn: webTargets.arn }],
});
// lb-listener-no-certificate: an HTTPS listener with no certificate.
new aws.alb.Listener("api-admin", {
  loadBalancerArn: api.arn,
  port: 8443,
  protocol: "HTTPS",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  defaultActions: [{ type: "forward", targetGroupArn: webTargets.arn }],
});

// nlb-tcp-on-tls-port: TCP on 443 passes TLS through; the load balancer does not terminate it.
const edge = new aws.lb.LoadBalancer("edge", { loadBalancerType: "network", subnets });
const edgeTargets = new aws.lb.TargetGroup("edge", { port: 443, protocol: "TCP", vpcId });
new aws.lb.Listener("edge-443", {
  loadBalancerArn: edge.arn,
  port: 443,
  protocol: "TCP",
  defaultActions: [{ type: "forward", targetGroupArn: edgeTargets.arn }],
});

// elb-listener-plaintext: a classic load balancer listening on plain HTTP.
const legacy = new aws.elb.LoadBalancer("legacy", {
  name: "legacy",
  subnets,
  listeners: [
    { lbPort: 80, lbProtocol: "http", instancePort: 8080, instanceProtocol: "http" },
    { lbPort: 443, lbProtocol: "https", instancePort: 8080, instanceProtocol: "http", sslCertificateId: certificateArn },
  ],
});
// elb-weak-tls: the HTTPS listener's negotiation policy enables TLS 1.0.
const legacyTls = new aws.elb.LoadBalancerPolicy("legacy-tls", {
  loadBalancerName: legacy.name,
  policyName: "legacy-tls",
  policyTypeName: "SSLNegotiationPolicyType",
  policyAttributes: [
    { name: "Protocol-TLSv1.2", value: "true" },
    { name: "Protocol-TLSv1", value: "true" },
    { name: "ECDHE-RSA-AES128-GCM-SHA256", value: "true" },
  ],
});
new aws.elb.ListenerPolicy("legacy-https", {
  loadBalancerName: legacy.name,
  loadBalancerPort: 443,
  policyNames: [legacyTls.policyName],
});

// rds-instance-tls-not-enforced: PostgreSQL 14 with rds.force_ssl turned off.
const appParameters = new aws.rds.ParameterGroup("app-pg14", {
  family: "postgres14",
  parameters: [{ name: "rds.force_ssl", value: "0" }],
});
new aws.rds.Instance("app", {
  engine: "postgres",
  engineVersion: "14.13",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 20,
  username: "app",
  manageMasterUserPassword: true,
  storageEncrypted: true,
  parameterGroupName: appParameters.name,
});

// rds-storage-unencrypted: storageEncrypted is not set, and defaults to false.
new aws.rds.Instance("reports", {
  engine: "postgres",
  engineVersion: "16.4",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 20,
  username: "reports",
  manageMasterUserPassword: true,
});

// rds-cluster-tls-not-enforced: Aurora PostgreSQL without a cluster parameter group: rds.force_ssl defaults to 0.
new aws.rds.Cluster("orders", {
  engine: "aurora-postgresql",
  engineVersion: "16.4",
  masterUsername: "orders",
  manageMasterUserPassword: true,
  storageEncrypted: true,
});

// elasticache-transit-encryption-disabled: transit encryption is off by default.
new aws.elasticache.ReplicationGroup("sessions", {
  description: "Session store",
  engine: "redis",
  engineVersion: "7.1",
  nodeType: "cache.t4g.small",
  numCacheClusters: 2,
  atRestEncryptionEnabled: true,
});

// redshift-tls-not-enforced: require_ssl = false.
const warehouseParameters = new aws.redshift.ParameterGroup("warehouse", {
  family: "redshift-2.0",
  parameters: [{ name: "require_ssl", value: "false" }],
});
new aws.redshift.Cluster("warehouse", {
  clusterIdentifier: "warehouse",
  nodeType: "ra3.xlplus",
  masterUsername: "warehouse_admin",
  manageMasterPassword: true,
  clusterParameterGroupName: warehouseParameters.name,
});

// docdb-tls-disabled: the cluster parameter group turns TLS off.
const catalogParameters = new aws.docdb.ClusterParameterGroup("catalog-no-tls", {
  family: "docdb5.0",
  parameters: [{ name: "tls", value: "disabled" }],
});
new aws.docdb.Cluster("catalog", {
  masterUsername: "catalog_admin",
  manageMasterUserPassword: true,
  storageEncrypted: true,
  dbClusterParameterGroupName: catalogParameters.name,
});

// sg-public-ingress-all-traffic: every protocol and port from the internet.
new aws.ec2.SecurityGroup("wide-open", {
  vpcId,
  ingress: [{ description: "everything", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});

// sg-public-ingress-restricted-port: SSH from the internet.
const bastion = new aws.ec2.SecurityGroup("bastion", { vpcId });
new aws.vpc.SecurityGroupIngressRule("bastion-ssh", {
  securityGroupId: bastion.id,
  ipProtocol: "tcp",
  fromPort: 22,
  toPort: 22,
  cidrIpv4: "0.0.0.0/0",
});

// sg-wide-port-range: 2001 ports in one rule, even if only from the VPC.
const app = new aws.ec2.SecurityGroup("app", { vpcId });
new aws.ec2.SecurityGroupRule("app-ports", {
  type: "ingress",
  securityGroupId: app.id,
  protocol: "tcp",
  fromPort: 1000,
  toPort: 3000,
  cidrBlocks: ["10.0.0.0/16"],
});

// msk-plaintext-traffic: clients may skip TLS, and brokers replicate in clear text.
new aws.msk.Cluster("events", {
  clusterName: "events",
  kafkaVersion: "3.6.0",
  numberOfBrokerNodes: 3,
  brokerNodeGroupInfo: { instanceType: "kafka.m5.large", clientSubnets: subnets, securityGroups: ["sg-0123456789abcdef0"] },
  encryptionInfo: { encryptionInTransit: { clientBroker: "TLS_PLAINTEXT", inCluster: false } },
});

// dms-endpoint-ssl-disabled: DMS reads the orders database without TLS (no sslMode: the default is none).
new aws.dms.Endpoint("orders-source", {
  endpointId: "orders-source",
  endpointType: "source",
  engineName: "postgres",
  serverName: "orders.cluster-abc.eu-west-1.rds.amazonaws.com",
  port: 5432,
  databaseName: "orders",
  username: "dms",
  password: "example-only",
});

// rds-proxy-tls-not-required: the proxy accepts clients without TLS.
new aws.rds.Proxy("orders", {
  name: "orders",
  engineFamily: "POSTGRESQL",
  roleArn: "arn:aws:iam::123456789012:role/rds-proxy",
  vpcSubnetIds: subnets,
  auths: [{ authScheme: "SECRETS", secretArn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-AbCdEf" }],
});

// opensearch-https-not-enforced, opensearch-node-to-node-unencrypted, opensearch-storage-unencrypted: a search domain
// that answers plain HTTP, talks between its nodes in clear text and leaves its disks unencrypted.
new aws.opensearch.Domain("products", {
  engineVersion: "OpenSearch_2.13",
  clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
  ebsOptions: { ebsEnabled: true, volumeSize: 20 },
  domainEndpointOptions: { enforceHttps: false },
  nodeToNodeEncryption: { enabled: false },
});

// docdb-storage-unencrypted: a DocumentDB cluster created without storage encryption.
new aws.docdb.Cluster("sessions", { masterUsername: "sessions", manageMasterUserPassword: true });

// neptune-storage-unencrypted: a Neptune cluster without storage encryption.
new aws.neptune.Cluster("recommendations", { engine: "neptune", engineVersion: "1.3.2.1" });

// neptune-tls-not-enforced: a shared group for legacy engines that no cluster here uses lets HTTP in.
new aws.neptune.ClusterParameterGroup("legacy-shared", {
  family: "neptune1",
  parameters: [{ name: "neptune_enforce_ssl", value: "0" }],
});

// redshift-storage-unencrypted: encrypted = "false".
new aws.redshift.Cluster("orders-history", {
  clusterIdentifier: "orders-history",
  nodeType: "ra3.xlplus",
  masterUsername: "history",
  manageMasterPassword: true,
  clusterParameterGroupName: "default.redshift-2.0",
  encrypted: "false",
});

// redshift-tls-not-enforced: a shared parameter group that no cluster in this stack uses turns require_ssl off.
new aws.redshift.ParameterGroup("shared-reporting", {
  family: "redshift-2.0",
  parameters: [{ name: "require_ssl", value: "false" }],
});

// elasticache-storage-unencrypted: Redis OSS does not encrypt at rest unless asked to.
new aws.elasticache.ReplicationGroup("carts", {
  description: "Shopping carts",
  engine: "redis",
  nodeType: "cache.t4g.small",
  numCacheClusters: 2,
  transitEncryptionEnabled: true,
});

// memorydb-tls-disabled: TLS off, which also forces the open-access ACL.
new aws.memorydb.Cluster("inventory", {
  engine: "valkey",
  nodeType: "db.t4g.small",
  numShards: 1,
  aclName: "open-access",
  tlsEnabled: false,
});

// db-connection-string-without-tls: the orders API connects to PostgreSQL with sslmode=disable, and the worker talks to
// Redis with redis:// (no TLS) and to PostgreSQL without sslmode (libpq's default, prefer, falls back to clear text).
new aws.lambda.Function("orders-api", {
  role: "arn:aws:iam::123456789012:role/orders-api",
  runtime: "python3.12",
  handler: "app.handler",
  environment: {
    variables: {
      LOG_LEVEL: "info",
      DATABASE_URL: "postgresql://orders_app@orders.db.internal:5432/orders?sslmode=disable",
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
        { name: "REDIS_URL", value: "redis://sessions.cache.internal:6379/0" },
        { name: "DATABASE_URL", value: "postgresql://worker@orders.db.internal:5432/orders" },
      ],
    },
  ]),
});
