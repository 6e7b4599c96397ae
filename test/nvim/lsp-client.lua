-- Neovim (0.7+) headless as an LSP client of the SMTP Lens server. Reads a JSON spec (path in $SMTP_LENS_NVIM_SPEC):
--   { server = {cmd...}, root = DIR, out = FILE, timeout = ms,
--     files = { { path, filetype, hovers = { {line, character} }, codeAction = { title = "..." } } } }
-- and writes what the server answered to spec.out as JSON: per file the published diagnostics, the hovers, the code
-- actions offered, the text after applying the chosen one and the diagnostics published after that.
-- Positions are LSP's: zero-based lines, UTF-16 characters.
local spec = vim.json.decode(table.concat(vim.fn.readfile(os.getenv('SMTP_LENS_NVIM_SPEC')), '\n'))
local timeout = spec.timeout or 15000
local out = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, files = {} }

local function finish(error_message)
  out.error = error_message
  vim.fn.writefile({ vim.json.encode(out) }, spec.out)
  vim.cmd(error_message and 'cquit! 1' or 'qall!')
end

local published = {} -- uri -> list of diagnostics arrays, in the order the server sent them

local function run()
  local client_id = vim.lsp.start_client({
    name = 'smtp-lens',
    cmd = spec.server,
    root_dir = spec.root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result then
          published[result.uri] = published[result.uri] or {}
          table.insert(published[result.uri], result.diagnostics)
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client failed for ' .. table.concat(spec.server, ' '))
  local client = vim.lsp.get_client_by_id(client_id)

  for _, file in ipairs(spec.files) do
    local result = { path = file.path, hovers = {} }
    table.insert(out.files, result)
    vim.cmd('edit ' .. vim.fn.fnameescape(file.path))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = file.filetype -- the languageId sent in didOpen
    vim.lsp.buf_attach_client(bufnr, client_id)
    local uri = vim.uri_from_bufnr(bufnr)

    assert(vim.wait(timeout, function() return published[uri] ~= nil end, 20),
      'no diagnostics published for ' .. file.path)
    result.diagnostics = published[uri][#published[uri]]
    result.capabilities = client.server_capabilities or client.resolved_capabilities

    for _, position in ipairs(file.hovers or {}) do
      local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
        textDocument = { uri = uri },
        position = { line = position[1], character = position[2] },
      }, timeout)
      local response = responses and responses[client_id]
      assert(response, 'no hover response at ' .. vim.inspect(position))
      assert(not response.err, 'hover error: ' .. vim.inspect(response.err))
      table.insert(result.hovers, response.result or vim.NIL)
    end

    if file.codeAction then
      local wanted
      for _, diagnostic in ipairs(result.diagnostics) do
        if diagnostic.code == file.codeAction.rule then wanted = diagnostic end
      end
      assert(wanted, 'no diagnostic ' .. file.codeAction.rule .. ' in ' .. file.path)
      local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
        textDocument = { uri = uri },
        range = wanted.range,
        context = { diagnostics = { wanted }, only = { 'quickfix' } },
      }, timeout)
      local response = responses and responses[client_id]
      assert(response and not response.err, 'codeAction failed: ' .. vim.inspect(response))
      result.actions = response.result or {}
      local chosen
      for _, action in ipairs(result.actions) do
        if action.title == file.codeAction.title then chosen = action end
      end
      assert(chosen, 'no code action titled "' .. file.codeAction.title .. '"')
      if not chosen.edit and chosen.data ~= nil then
        local resolved = vim.lsp.buf_request_sync(bufnr, 'codeAction/resolve', chosen, timeout)
        chosen = resolved[client_id].result
      end
      assert(chosen.edit, 'the code action carries no edit')
      local before = #published[uri]
      vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
      result.applied = chosen.title
      result.textAfter = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
      -- the buffer change reaches the server as didChange (debounced); wait until the rule's diagnostic is gone
      -- from the latest publication, or time out and report what was published last
      local function cleared()
        if #published[uri] <= before then return false end
        for _, diagnostic in ipairs(published[uri][#published[uri]]) do
          if diagnostic.code == file.codeAction.rule then return false end
        end
        return true
      end
      vim.wait(timeout, cleared, 20)
      result.publicationsAfterEdit = #published[uri] - before
      result.diagnosticsAfter = published[uri][#published[uri]]
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
end

local ok, err = xpcall(run, debug.traceback)
finish(not ok and tostring(err) or nil)
