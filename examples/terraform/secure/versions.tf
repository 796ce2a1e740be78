terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.84" # routing_http_response_strict_transport_security_header_value (MOAT-LB-006) came in 5.84.0
    }
  }
}

provider "aws" {
  region = var.region
}
