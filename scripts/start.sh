#!/usr/bin/env bash
# `npm start`: installs what is missing, then serves the app at http://127.0.0.1:5173/ (Vite dev server).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
exec ./node_modules/.bin/vite --host 127.0.0.1 --port "${PORT:-5173}"
