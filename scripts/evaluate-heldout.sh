#!/usr/bin/env bash
# Scores extraction on the composed regression set (src/test/resources/heldout) like evaluate.sh:
#   scripts/evaluate-heldout.sh [EVAL_DIR]   (EVAL_DIR holds score.py; default ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
SCORE=${1:-../shared/eval}/score.py exec scripts/evaluate.sh src/test/resources/heldout/documents src/test/resources/heldout
