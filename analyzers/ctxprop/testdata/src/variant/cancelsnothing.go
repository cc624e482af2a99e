package variant

import (
	"context"

	json "github.com/goccy/go-json"
	"github.com/shirou/gopsutil/v4/process"
)

// Context variants that cancel nothing: goccy/go-json's hand the context
// to custom marshalers, gopsutil's read /proc (spire's audit middleware,
// hatchet's job controller).
func cancelsNothing(ctx context.Context, v any, pid int32) {
	_, _ = json.Marshal(v) // ok: MarshalContext only passes ctx to custom marshalers
	_ = json.Unmarshal(nil, &v)
	p, _ := process.NewProcess(pid) // ok: NewProcessWithContext cancels nothing
	_, _ = p.Exe()                  // ok: nor does ExeWithContext, whose Background it makes
}
