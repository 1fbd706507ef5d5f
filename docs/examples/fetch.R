# Fetch PolicyKG resources from R: a saved query and one resource by its IRI.
#   Rscript docs/examples/fetch.R [http://localhost:8080]
# Needs only base R (utils::read.csv, url) and, for SPARQL, the 'SPARQL' package (install.packages("SPARQL")).
args <- commandArgs(trailingOnly = TRUE)
server <- if (length(args) > 0) sub("/+$", "", args[1]) else "http://localhost:8080"
base <- "https://w3id.org/policykg/"

# A minted IRI as this server's URL: the Chinese part percent-encoded as UTF-8 ('/' and '%' kept).
local_url <- function(iri) {
  path <- enc2utf8(substring(iri, nchar(base) + 1))
  paste0(server, "/", URLencode(path, reserved = FALSE))
}

# 1. A saved query with a parameter (any bracket: 国海发[2017]2号), as CSV.
number <- URLencode(enc2utf8("国海发[2017]2号"), reserved = TRUE)
cited_by <- read.csv(url(paste0(server, "/api/queries/cited-by?number=", number), headers = c(Accept = "text/csv")),
                     encoding = "UTF-8")
print(cited_by[, c("regulationNumber", "citingTitle", "citingPlace")])

# 2. The resource itself, as N-Triples (one triple a line), from its local URL.
iri <- cited_by$regulation[1]
triples <- readLines(url(paste0(local_url(iri), "?format=nt")), encoding = "UTF-8")
cat(length(triples), "triples about", iri, "\n")
