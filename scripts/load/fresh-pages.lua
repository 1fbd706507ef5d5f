-- Distinct questions to the pages: a search for words never searched before (every one runs), and the
-- comparison and regulation pages of each concept, theme and 发文字号 the corpus has (from
-- scripts/load/known-questions.py: the script's argument), new again after each upload.
dofile("scripts/load/status.lua")
local words = { "%E6%B9%BF%E5%9C%B0", "%E6%B2%B3%E9%95%BF", "%E7%A7%B8%E7%A7%86", "%E6%B0%B4%E8%B4%A8", "%E6%A3%AE%E6%9E%97", "%E6%B8%AF%E5%8F%A3" }
function init(args)
  codes = {}
  dofile(args[1])
  n = id * 1000000
end
function request()
  n = n + 1
  local path
  if n % 2 == 0 then
    path = "/search?q=" .. words[(n % #words) + 1] .. "+" .. n
  else
    path = page_questions[(n % #page_questions) + 1]
  end
  return wrk.format("GET", path, as_client({ ["Accept"] = "text/html" }))
end
