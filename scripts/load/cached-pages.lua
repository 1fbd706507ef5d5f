-- The web pages a reader opens first, with the same parameters every time.
dofile("scripts/load/status.lua")
local requests = {
  "/",
  "/compare/departments",
  "/compare?concept=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fvocab%2Findicator%2Ftree-cover",
  "/search?q=%E6%B9%BF%E5%9C%B0",
}
function init(args)
  codes = {}
  i = id
end
function request()
  i = i + 1
  return wrk.format("GET", requests[(i % #requests) + 1], as_client({ ["Accept"] = "text/html" }))
end
