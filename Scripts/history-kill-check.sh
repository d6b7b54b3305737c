#!/bin/bash
# Issue 9 check: SIGKILL an interactive beleg (in tmux) while it saves history lines, 15 rounds, and check that the
# history file is whole after every kill (libedit header, then only complete entries). A leftover PATH.tmp shows a
# kill that landed during a save. Usage: Scripts/history-kill-check.sh [BINARY]  (default .build/release/beleg)
set -u
BIN=$(realpath "${1:-.build/release/beleg}")
DIR=$(mktemp -d)
H=$DIR/history
SOCK=beleg-history-kill-$$
bad=0
for round in $(seq 1 15); do
  tmux -L $SOCK kill-server 2>/dev/null
  tmux -L $SOCK new-session -d -s hk -x 120 -y 30 "BELEG_HISTORY=$H $BIN"
  sleep 0.6
  ( for i in $(seq 1 400); do tmux -L $SOCK send-keys -t hk "#r$round-line$i" Enter 2>/dev/null; done ) &
  sleep 0.$((RANDOM % 5 + 1))
  pid=$(pgrep -f "^$BIN$" | head -1)
  [ -n "$pid" ] && kill -9 "$pid"
  wait
  sleep 0.2
  head -1 "$H" | grep -q '^_HiStOrY_V2_$' || { echo "round $round: bad header"; bad=1; }
  tail -n +2 "$H" | grep -vq '^#r[0-9]*-line[0-9]*$' && { echo "round $round: partial entry"; bad=1; }
  echo "round $round: $(($(wc -l < "$H") - 1)) entries$([ -f "$H.tmp" ] && echo ', killed during a save (leftover .tmp)')"
done
tmux -L $SOCK kill-server 2>/dev/null
rm -rf "$DIR"
[ $bad = 0 ] && echo "history whole after every kill" || { echo "history damaged"; exit 1; }
