// Package grpc is a minimal stub of google.golang.org/grpc holding what shutdown matches.
package grpc

import "net"

type Server struct{}

type ServerOption interface{}

func NewServer(opts ...ServerOption) *Server { return &Server{} }

func (s *Server) Serve(lis net.Listener) error {
	defer lis.Close() // the real Serve closes its listener: no stop for callers
	return nil
}

func (s *Server) GracefulStop() {}
func (s *Server) Stop()         {}
