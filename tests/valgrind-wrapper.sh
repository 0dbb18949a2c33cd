#!/bin/sh
# valgrind-wrapper.sh VALGRIND [--OPTION...] COMMAND [ARG...]: the test
# wrapper of `meson test --setup=valgrind` (tests/meson.build).  Runs
# COMMAND under VALGRIND with the options; when COMMAND is xvfb-run (the GUI
# tests), valgrind runs inside it, on the test program: xvfb-run and the X
# server are not ours to check.
set -eu
valgrind=$1
shift
opts=
while [ $# -gt 0 ]; do
  case $1 in
    --*) opts="$opts $1"; shift ;;
    *) break ;;
  esac
done
# (No option has a space: the word splitting of $opts below is intended.)
if [ "$(basename "$1")" != xvfb-run ]; then
  # shellcheck disable=SC2086
  exec "$valgrind" $opts "$@"
fi
xvfb=$1
shift
auto=
server_args=
while [ $# -gt 0 ]; do
  case $1 in
    -a|--auto-servernum) auto=-a; shift ;;
    -s|--server-args) server_args=$2; shift 2 ;;
    *) break ;;
  esac
done
if [ -n "$server_args" ]; then
  # shellcheck disable=SC2086
  exec "$xvfb" $auto -s "$server_args" "$valgrind" $opts "$@"
fi
# shellcheck disable=SC2086
exec "$xvfb" $auto "$valgrind" $opts "$@"
