// Package process is a minimal stub of github.com/shirou/gopsutil/v4/process holding what ctxprop matches.
package process

import "context"

type Process struct{ Pid int32 }

func NewProcess(pid int32) (*Process, error) { return NewProcessWithContext(context.Background(), pid) }
func NewProcessWithContext(ctx context.Context, pid int32) (*Process, error) {
	return &Process{Pid: pid}, nil
}
func (p *Process) Exe() (string, error)                               { return p.ExeWithContext(context.Background()) }
func (p *Process) ExeWithContext(ctx context.Context) (string, error) { return "", nil }
