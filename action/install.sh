#!/usr/bin/env bash
# The install step of prodvet's GitHub Action (action.yml): builds prodvet
# and the run step's command, prodvet-action, from the action's own
# checkout, so that any branch, tag or commit of the action runs its own
# prodvet, and for mode review installs reviewdog at the pinned version
# from the Go module proxy. Everything goes to $RUNNER_TEMP/prodvet-action/bin,
# where the run step looks for it. Go's build cache (kept by
# actions/setup-go) makes the builds of the next run quick.
#
# Inputs, from the environment: GITHUB_ACTION_PATH, RUNNER_TEMP,
# INPUT_MODE and INPUT_REVIEWDOG_VERSION.
set -euo pipefail

bin="${RUNNER_TEMP:?}/prodvet-action/bin"
mkdir -p "$bin"

# The user's GOFLAGS and go.work are for their module, not for building
# prodvet. actions/setup-go sets GOTOOLCHAIN=local; auto lets the go
# command fetch the Go that prodvet's go.mod requires when the one on PATH
# is older than that.
export GOFLAGS= GOWORK=off
case "${GOTOOLCHAIN:-}" in
"" | local) export GOTOOLCHAIN=auto ;;
esac

# A second use of the same action in a job (another module) finds them
# built from the same checkout.
stamp="$bin/.built-from"
if [ -x "$bin/prodvet" ] && [ -x "$bin/prodvet-action" ] && [ "$(cat "$stamp" 2>/dev/null)" = "${GITHUB_ACTION_PATH:?}" ]; then
	echo "prodvet is built from $GITHUB_ACTION_PATH"
else
	echo "go build prodvet and prodvet-action from $GITHUB_ACTION_PATH"
	go build -C "$GITHUB_ACTION_PATH" -o "$bin/" ./cmd/prodvet ./internal/cmd/prodvet-action
	printf '%s\n' "$GITHUB_ACTION_PATH" >"$stamp"
fi

if [ "${INPUT_MODE:-review}" = review ]; then
	version="${INPUT_REVIEWDOG_VERSION:?reviewdog-version is empty}"
	# An earlier use of the action in the same job may have installed it.
	if [ -x "$bin/reviewdog" ] && go version -m "$bin/reviewdog" |
		grep -q "^[[:space:]]*mod[[:space:]]*github.com/reviewdog/reviewdog[[:space:]]*$version[[:space:]]"; then
		echo "reviewdog $version is installed"
	else
		echo "go install reviewdog $version"
		GOBIN="$bin" go install "github.com/reviewdog/reviewdog/cmd/reviewdog@$version"
	fi
fi
"$bin/prodvet" -version
