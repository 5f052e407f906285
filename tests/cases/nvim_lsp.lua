-- End to end with Neovim's built-in LSP client (headless), set up as users do
-- with ci/editors/neovim/retstav.lua: open a Danish
-- Markdown file, wait for retstav's diagnostics, apply the first quick fix
-- through vim.lsp.buf.code_action() and then "add to word list".  Writes
-- what it saw to nvim-result.txt for nvim.sh to check.
local out = {}
local function say(s) table.insert(out, s) end
local function finish()
  vim.fn.writefile(out, 'nvim-result.txt')
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  -- The setup a user copies (ci/editors/neovim/retstav.lua), then a file.
  dofile(os.getenv('ROOT') .. '/ci/editors/neovim/retstav.lua')
  vim.cmd('edit artikel.md')
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.wait(10000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 20),
         'retstav did not attach to the buffer')
  local function diags() return vim.diagnostic.get(buf) end
  assert(vim.wait(20000, function() return #diags() >= 2 end, 20), 'no diagnostics')
  local ds = diags()
  table.sort(ds, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  for _, d in ipairs(ds) do
    -- Neovim turns LSP UTF-16 columns into byte columns (0-based).
    say(string.format('diag %d %d %d %s %s', d.lnum, d.col, d.end_col, d.source, d.message))
  end

  -- Apply the preferred quick fix for the first unknown word.
  local first
  for _, d in ipairs(ds) do
    if d.message:find('unknown word', 1, true) then first = d break end
  end
  assert(first, 'no unknown word')
  local pick = 'replace'
  vim.ui.select = function(items, _, choice)
    for i, item in ipairs(items) do
      local action = item[2]
      if action.title:find(pick, 1, true) then return choice(item, i) end
    end
    choice(nil, nil)
  end
  local before = vim.api.nvim_buf_get_lines(buf, first.lnum, first.lnum + 1, false)[1]
  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
  vim.lsp.buf.code_action()
  assert(vim.wait(20000, function()
    return vim.api.nvim_buf_get_lines(buf, first.lnum, first.lnum + 1, false)[1] ~= before
  end, 20), 'the code action changed nothing')
  say('line ' .. vim.api.nvim_buf_get_lines(buf, first.lnum, first.lnum + 1, false)[1])
  vim.cmd('write')

  -- "add to word list" for the second unknown word, then it is no longer flagged.
  -- Wait for the re-check of the edit: the fixed word is gone, one is left.
  assert(vim.wait(20000, function()
    local left = 0
    for _, d in ipairs(diags()) do
      if d.message == first.message then return false end
      if d.message:find('unknown word', 1, true) then left = left + 1 end
    end
    return left == 1
  end, 20), 'no re-check after the fix')
  local second
  for _, d in ipairs(diags()) do
    if d.message:find('unknown word', 1, true) then second = d end
  end
  pick = 'word list'
  vim.api.nvim_win_set_cursor(0, { second.lnum + 1, second.col })
  vim.lsp.buf.code_action()
  assert(vim.wait(20000, function()
    for _, d in ipairs(diags()) do
      if d.message:find('unknown word', 1, true) then return false end
    end
    return true
  end, 20), 'word still flagged after add to word list')
  say('after ' .. #diags())
  vim.lsp.stop_client(vim.lsp.get_active_clients())
end)
if not ok then say('ERROR ' .. tostring(err)) end
finish()
