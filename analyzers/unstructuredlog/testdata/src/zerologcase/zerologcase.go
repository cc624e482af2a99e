package zerologcase

import (
	"fmt"
	"os"
	"strconv"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

func _(id string, n int, err error) {
	log.Info().Msgf("user %s logged in", id)  // want `\(\*zerolog.Event\).Msgf formats its message printf-style; add fields`
	log.Error().Err(err).Msg("failed: " + id) // want `message of \(\*zerolog.Event\).Msg is built with string concatenation`
	log.Info().Msg(fmt.Sprintf("n=%d", n))    // want `message of \(\*zerolog.Event\).Msg is built with fmt.Sprintf`
	log.Printf("user %s", id)                 // want `log.Printf formats its message printf-style`
	log.Print("a", id)                        // want `log.Print concatenates its operands`
	logger := zerolog.New(os.Stderr)
	logger.Printf("x %d", n) // want `logger.Printf formats its message printf-style`
	ev := logger.Info()
	ev.Msg(strconv.Itoa(n)) // want `message of ev.Msg is built with strconv.Itoa`
}

func _(id string, n int, err error) {
	log.Info().Str("user", id).Int("n", n).Msg("user logged in") // ok
	log.Error().Err(err).Send()                                  // ok: no message
	log.Info().Str("detail", fmt.Sprintf("%d", n)).Msg("detail") // ok: formatted value
	log.Info().Msgf("ready")                                     // ok: constant format without operands
	log.Print("ready")                                           // ok: one constant operand
}
