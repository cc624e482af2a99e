package klogcase

import (
	"fmt"

	"k8s.io/klog/v2"
)

func _(pod string, n int, err error) {
	klog.Infof("pod %s ready", pod)                       // want `klog.Infof formats its message printf-style; use InfoS or ErrorS`
	klog.V(2).Infof("pod %s", pod)                        // want `\(klog.Verbose\).Infof formats its message printf-style`
	klog.Errorf("sync failed: %v", err)                   // want `klog.Errorf formats its message printf-style`
	klog.Error(err)                                       // want `message of klog.Error is built with the text of error err`
	klog.InfoS(fmt.Sprintf("pod %s ready", pod))          // want `message of klog.InfoS is built with fmt.Sprintf`
	klog.InfoS("pod ready", "pod", pod, "node")           // want `key "node" of klog.InfoS has no value`
	klog.ErrorS(err, "sync failed", klog.KRef("ns", pod)) // want `klog.KRef\("ns", pod\) of klog.ErrorS is in a key position but is not a string`
	klog.V(3).InfoS("pod ready", "n")                     // want `key "n" of \(klog.Verbose\).InfoS has no value`
	klog.InfoSDepth(1, "pod "+pod)                        // want `message of klog.InfoSDepth is built with string concatenation`
}

func _(pod string, err error) {
	klog.InfoS("pod ready", "pod", klog.KRef("ns", pod)) // ok
	klog.ErrorS(err, "sync failed", "pod", pod)          // ok
	klog.V(2).InfoS("pod ready", "pod", pod)             // ok
	klog.Info("starting")                                // ok: one constant operand
}
