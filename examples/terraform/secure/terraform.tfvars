environment        = "production"
vpc_id             = "vpc-0a1b2c3d4e5f60718"
vpc_cidr           = "10.20.0.0/16"
public_subnet_ids  = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
private_subnet_ids = ["subnet-0cc99dd00ee11ff22", "subnet-0aa33bb44cc55dd66"]
certificate_arn    = "arn:aws:acm:eu-west-1:123456789012:certificate/5f1e1a7c-2c3d-4e5f-8a9b-0c1d2e3f4a5b"
