-- Distinct questions to the saved-query API: every saved query with each value its parameters take
-- and in each result format (scripts/load/known-questions.py writes them from the running service;
-- its file is the script's argument), each connection starting at a different point of the list.
-- Each question executes the first time it is asked after the store changed; load-test.sh changes the
-- store every UPLOAD_EVERY seconds by an upload, so the questions are new again.
dofile("scripts/load/status.lua")
function init(args)
  codes = {}
  dofile(args[1])
  n = id * 7919
end
function request()
  n = n + 1
  local q = api_questions[(n % #api_questions) + 1]
  return wrk.format("GET", q[1], as_client({ ["Accept"] = q[2] }))
end
