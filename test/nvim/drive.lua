-- Headless Neovim (0.7+, Debian's apt package) as a second LSP client of virtwire-language-server: Neovim's own
-- client starts the server, opens the files, sends their edits and applies the server's edits; this script only says
-- which request to make where, and prints what came back. test/nvim/nvim.test.ts writes the plan and asserts.
--
-- usage: nvim --headless -u NONE -i NONE -n -c "luafile drive.lua" -- <plan.json> <server command...>
-- plan:  { "root": dir, "open": file, "files": [ file… ], "steps": [ step… ] }; files are paths inside root (after a
--        rename, the lines of each of "files" are reported); a step is one of
--   { "op": "request", "method": m, "file": f, "params": {…} }   params get textDocument = f's buffer
--   { "op": "jump", "file": f, "position": p }                    definition at p, then Neovim jumps to it
--   { "op": "set", "file": f, "text": t }                         the buffer's text replaced (Neovim sends didChange)
--   { "op": "rename", "file": f, "position": p, "newName": n }    prepareRename, rename, the edit applied by Neovim
-- stdout: one JSON array, a { result = … } or { error = … } per step
-- exit:  0 when every step ran (the test judges the results), 1 when the server never published for the file,
--        3 on a Lua error (a headless Neovim would otherwise hang)
local argv, sep = vim.v.argv, nil
for k, v in ipairs(argv) do if v == '--' then sep = k break end end
local function err(fmt, ...) io.stderr:write(string.format(fmt, ...) .. '\n') end
local t0 = vim.loop.hrtime()
local function log(fmt, ...) err('[nvim %.2fs] ' .. fmt, (vim.loop.hrtime() - t0) / 1e9, ...) end
local TIMEOUT = 15000

local function read(path)
  local f = assert(io.open(path, 'r'))
  local s = f:read('*a')
  f:close()
  return s
end

local function main()
  if not pcall(vim.lsp.set_log_level, 'OFF') then vim.lsp.set_log_level('ERROR') end
  vim.cmd('filetype on') -- -u NONE skips filetype detection; the filetype (yaml) is didOpen's languageId
  vim.o.hidden = true -- jumps leave edited buffers behind
  local plan = vim.fn.json_decode(read(argv[sep + 1]))
  local cmd = { unpack(argv, sep + 2) }
  local root = plan.root
  local function path(f) return root .. '/' .. f end
  local function buffer(f)
    local b = vim.fn.bufadd(path(f))
    vim.fn.bufload(b)
    vim.bo[b].buflisted = true
    return b
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(path(plan.open)))
  local first = vim.api.nvim_get_current_buf()
  local published, scanned = {}, false
  local id = vim.lsp.start_client({
    name = 'virtwire',
    cmd = cmd,
    root_dir = root,
    flags = { debounce_text_changes = 0 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        published[result.uri] = true
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
      ['window/logMessage'] = function(_, result)
        if result and type(result.message) == 'string' and result.message:match('^workspace: %d+ YAML file%(s%) scanned') then scanned = true end
      end,
    },
  })
  if not id then
    err('could not start %s', table.concat(cmd, ' '))
    vim.cmd('cquit 1')
    return
  end
  local client = vim.lsp.get_client_by_id(id)
  local attached = {}
  local function attach(b)
    if not attached[b] then
      vim.lsp.buf_attach_client(b, id)
      attached[b] = true
    end
    return b
  end
  attach(first)
  local v = vim.version()
  log('Neovim %d.%d.%d started `%s` in %s', v.major, v.minor, v.patch, table.concat(cmd, ' '), root)
  local uri = vim.uri_from_bufnr(first)
  vim.wait(TIMEOUT, function() return published[uri] and scanned end, 20)
  if not published[uri] then
    log('no diagnostics for %s within %d ms', uri, TIMEOUT)
    vim.cmd('cquit 1')
    return
  end

  local function request(method, b, params)
    params.textDocument = { uri = vim.uri_from_bufnr(b) }
    local r, e = client.request_sync(method, params, TIMEOUT, b)
    if not r then return { error = tostring(e) } end
    if r.err then return { error = r.err } end
    return { result = r.result == nil and vim.NIL or r.result }
  end
  local function lines(b) return vim.api.nvim_buf_get_lines(b, 0, -1, false) end

  local out = {}
  for i, step in ipairs(plan.steps) do
    local b = attach(buffer(step.file))
    local r
    if step.op == 'request' then
      r = request(step.method, b, step.params or {})
    elseif step.op == 'jump' then
      r = request('textDocument/definition', b, { position = step.position })
      local locs = r.result
      if locs and locs ~= vim.NIL and locs[1] then
        vim.api.nvim_set_current_buf(b)
        vim.lsp.util.jump_to_location(locs[1], client.offset_encoding)
        local cur = vim.api.nvim_get_current_buf()
        local pos = vim.api.nvim_win_get_cursor(0)
        r.jumped = { file = vim.api.nvim_buf_get_name(cur), line = pos[1] - 1, text = vim.api.nvim_buf_get_lines(cur, pos[1] - 1, pos[1], false)[1] }
      end
    elseif step.op == 'set' then
      vim.api.nvim_buf_set_lines(b, 0, -1, false, vim.split(step.text, '\n', { plain = true }))
      r = { result = vim.NIL }
    elseif step.op == 'rename' then
      local prep = request('textDocument/prepareRename', b, { position = step.position })
      r = request('textDocument/rename', b, { position = step.position, newName = step.newName })
      r.prepare = prep.result
      if r.result and r.result ~= vim.NIL then
        vim.lsp.util.apply_workspace_edit(r.result, client.offset_encoding)
        r.lines = {}
        for _, f in ipairs(plan.files or {}) do r.lines[f] = lines(buffer(f)) end
      end
    else
      r = { error = 'unknown op ' .. tostring(step.op) }
    end
    log('step %d: %s %s', i, step.op, step.method or '')
    table.insert(out, r)
  end
  io.stdout:write(vim.fn.json_encode(out) .. '\n')
  vim.lsp.stop_client(id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
  vim.cmd('qa!')
end

local ok, e = xpcall(main, debug.traceback)
if not ok then
  err('drive.lua: %s', e)
  vim.cmd('cquit 3')
end
