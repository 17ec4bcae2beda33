-- wrk script for benchmarks/secrets-list.sh with MIX=writes: 9 requests in 10 list one page of secrets, the
-- 10th writes, in turn creating a secret, updating the one created 10 writes before and deleting the one created
-- 20 writes before, so each write finds the state it expects while connections run ahead of each other.
-- Names carry the run and the wrk thread's number, so runs and threads never touch each other's secrets.
local threads = 0
-- One wrk run after another (the script's rounds) must not create names an earlier run left behind.
local run = os.time() % 1000000

function setup(thread)
  thread:set("thread_number", threads)
  thread:set("run", run)
  threads = threads + 1
end

local count = 0
local writes = 0

local function name(n)
  return string.format("MIX_%d_%d_%d", run, thread_number, n)
end

request = function()
  count = count + 1
  if count % 10 ~= 0 then
    return wrk.format("GET", wrk.path)
  end
  writes = writes + 1
  local step = writes % 3
  -- Headers given to wrk.format replace wrk's own (-H), so the key is copied in.
  local json = { ["Content-Type"] = "application/json" }
  for header, value in pairs(wrk.headers) do
    json[header] = value
  end
  if step == 0 or writes < 60 then
    return wrk.format("POST", wrk.path, json, '{"name":"' .. name(writes) .. '","value":"mixed-value"}')
  elseif step == 1 then
    return wrk.format("PATCH", wrk.path .. "/" .. name(writes - 31), json, '{"value":"updated-value"}')
  else
    return wrk.format("DELETE", wrk.path .. "/" .. name(writes - 62))
  end
end
