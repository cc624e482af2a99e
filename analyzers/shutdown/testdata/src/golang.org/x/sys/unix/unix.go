// Package unix is a minimal stub of golang.org/x/sys/unix holding what shutdown matches.
package unix

import "syscall"

const (
	SIGHUP  = syscall.Signal(0x1)
	SIGINT  = syscall.Signal(0x2)
	SIGTERM = syscall.Signal(0xf)
	SIGUSR1 = syscall.Signal(0xa)
)
