// Package unbuffered subscribes to signals on channels with and without a
// buffer, in library code: the lost signal is a bug anywhere.
package unbuffered

import (
	"os"
	"os/signal"
	"syscall"
)

func _() {
	c := make(chan os.Signal)
	signal.Notify(c, syscall.SIGTERM) // want `signal.Notify on an unbuffered channel \(a signal sent while nobody receives is lost\); give the channel a buffer of 1`
	<-c
}

func _() {
	signal.Notify(make(chan os.Signal), syscall.SIGTERM) // want `signal.Notify on an unbuffered channel`
}

func _() {
	c := make(chan os.Signal, 0)
	signal.Notify(c, syscall.SIGTERM) // want `signal.Notify on an unbuffered channel`
	<-c
}

func _() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM) // ok: buffered
	<-c
}

func _(c chan os.Signal) {
	signal.Notify(c, syscall.SIGTERM) // ok: made elsewhere
}

func _(n int) {
	c := make(chan os.Signal, n)
	signal.Notify(c, syscall.SIGTERM) // ok: a size that is not constant
}

func _() {
	c := make(chan os.Signal)
	c = make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM) // ok: assigned again
}
