// Command grpcmain serves gRPC and never stops.
package main

import (
	"log"
	"net"

	"google.golang.org/grpc"
)

func main() {
	lis, err := net.Listen("tcp", ":50051")
	if err != nil {
		log.Print(err)
		return
	}
	s := grpc.NewServer()
	if err := s.Serve(lis); err != nil { // want `s.Serve serves with no graceful shutdown \(a deploy cuts the requests in flight\); on SIGTERM call GracefulStop`
		log.Print(err)
	}
}
