# retstav lsp: protocol tests speaking raw JSON-RPC (tests/cases/lsp_protocol.py).
exec python3 "$HERE/cases/lsp_protocol.py"
