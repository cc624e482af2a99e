// Package aws is a minimal stub of github.com/aws/aws-sdk-go/aws.
package aws

import "context"

type Context = context.Context
