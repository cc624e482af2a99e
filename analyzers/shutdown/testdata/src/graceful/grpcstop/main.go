// Command grpcstop stops gRPC gracefully on SIGTERM, with a fallback to
// Stop after a timeout.
package main

import (
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"google.golang.org/grpc"
)

func main() {
	lis, err := net.Listen("tcp", ":50051")
	if err != nil {
		log.Print(err)
		return
	}
	s := grpc.NewServer()
	go func() {
		c := make(chan os.Signal, 1)
		signal.Notify(c, syscall.SIGTERM)
		<-c
		stop(s)
	}()
	if err := s.Serve(lis); err != nil { // ok: stopped on SIGTERM
		log.Print(err)
	}
}

func stop(s *grpc.Server) {
	done := make(chan struct{})
	go func() {
		s.GracefulStop() // ok: Stop after a timeout below
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.Stop()
	}
}
