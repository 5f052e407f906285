-- Neovim (0.7 or later): retstav as a language server for Markdown, text
-- and HTML buffers.  Put this file in ~/.config/nvim/lua/ and add
--   require('retstav')
-- to init.lua, or :luafile it.  "Add to word list" writes to
-- .retstav-words.dic in the directory Neovim was started in; set
-- init_options.wordlist to use another file.
local client_id

local function attach(args)
  if not client_id then
    client_id = vim.lsp.start_client({
      name = 'retstav',
      cmd = { 'retstav', 'lsp' },
      root_dir = vim.fn.getcwd(),
    })
  end
  if client_id then
    vim.lsp.buf_attach_client(args.buf, client_id)
  end
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text', 'html' },
  callback = attach,
})
