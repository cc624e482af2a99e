// Command hasimport serves gRPC and stops on SIGINT only.
package main

import (
	"context"
	"log"
	"net"
	"os/signal"
	sys "syscall"

	"google.golang.org/grpc"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), sys.SIGINT) // want `signal.NotifyContext listens for SIGINT but not SIGTERM \(.*\); add sys.SIGTERM`
	defer stop()
	lis, err := net.Listen("tcp", ":50051")
	if err != nil {
		log.Print(err)
		return
	}
	s := grpc.NewServer()
	go func() {
		<-ctx.Done()
		s.Stop()
	}()
	s.Serve(lis)
}
