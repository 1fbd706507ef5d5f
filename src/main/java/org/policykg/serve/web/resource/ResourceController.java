package org.policykg.serve.web.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.RDFDataMgr;
import org.policykg.serve.web.Anchors;
import org.policykg.serve.web.LocalPaths;
import org.policykg.serve.web.PageQueries.Row;
import org.policykg.serve.web.document.DocumentPage;
import org.policykg.serve.web.regulation.RegulationPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every IRI the graph mints, answered at its own path (see {@link LocalPaths}): an HTML page for
 * browsers — a document, a regulation, a named graph, the ontology, or any other node with its
 * labels and links in and out — or the node's triples as Turtle, JSON-LD, RDF/XML or N-Triples by
 * {@code Accept} or {@code ?format=}. An IRI the graph does not hold is a 404 page.
 */
@Controller
public class ResourceController {
    private final LocalPaths links;
    private final Resources resources;
    private final DocumentPage documents;
    private final RegulationPage regulations;

    public ResourceController(LocalPaths links, Resources resources, DocumentPage documents, RegulationPage regulations) {
        this.links = links;
        this.resources = resources;
        this.documents = documents;
        this.regulations = regulations;
    }

    @GetMapping({"${policykg.web.root:/}document/**", "${policykg.web.root:/}regulation/**", "${policykg.web.root:/}body/**",
            "${policykg.web.root:/}graph/**", "${policykg.web.vocab-root:/}vocab/**", "${policykg.web.vocab-root:/}vocab",
            "${policykg.web.vocab-root:/}ontology"})
    public ModelAndView resource(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "chain", required = false) String chain,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<RdfFormats> chosen = format != null && !format.isBlank() ? RdfFormats.byName(format) : RdfFormats.byAccept(accept);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (chosen.isEmpty()) {
            return text(response, format != null ? HttpStatus.BAD_REQUEST : HttpStatus.NOT_ACCEPTABLE,
                    "available: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples"
                            + " (or ?format=html|ttl|jsonld|rdf|nt)\n");
        }
        List<String> candidates = links.candidates(path);
        Optional<String> found = resources.find(candidates);
        RdfFormats f = chosen.get();
        if (found.isEmpty()) {
            if (f != RdfFormats.HTML) {
                return text(response, HttpStatus.NOT_FOUND,
                        "no resource " + (candidates.isEmpty() ? path : candidates.get(0)) + " in the graph\n");
            }
            model.addAttribute("iri", candidates.isEmpty() ? path : candidates.get(0));
            model.addAttribute("path", path);
            ModelAndView notFound = new ModelAndView("resource/notfound", model.asMap());
            notFound.setStatus(HttpStatus.NOT_FOUND);
            return notFound;
        }
        String iri = found.get();
        if (f != RdfFormats.HTML) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, resources.rdf(iri), f.rdf);
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(new MediaType(f.type, StandardCharsets.UTF_8).toString());
            response.setContentLength(out.size());
            out.writeTo(response.getOutputStream());
            return null;
        }
        return new ModelAndView(page(iri, model, "basis".equals(chain)), model.asMap());
    }

    private static ModelAndView text(HttpServletResponse response, HttpStatus status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status.value());
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        return null;
    }

    /** {@code basisChain}: ?chain=basis, the citation chain following only basis and implements links. */
    private String page(String iri, Model model, boolean basisChain) {
        model.addAttribute("iri", iri);
        model.addAttribute("href", links.href(iri));
        if (resources.isGraph(iri)) {
            model.addAttribute("graph", resources.graphSummary(iri));
            return "resource/graph";
        }
        Row summary = resources.summary(iri);
        model.addAttribute("summary", summary);
        if ("true".equals(summary.str("isDocument"))) {
            model.addAttribute("doc", documents.build(iri));
            model.addAttribute("chain", regulations.chainOf(iri, basisChain));
            return "resource/document";
        }
        if ("true".equals(summary.str("isRegulation"))) {
            model.addAttribute("reg", regulations.build(iri, basisChain));
            return "resource/regulation";
        }
        String document = summary.str("document");
        if (document != null) {
            String part = "true".equals(summary.str("isSent")) ? iri : summary.str("sentence") != null ? summary.str("sentence") : iri;
            model.addAttribute("inDocument", links.href(document) + "#" + Anchors.of(document, iri));
            model.addAttribute("sentenceLink", summary.str("sentence") == null && !"true".equals(summary.str("isSent")) ? null
                    : links.href(document) + "#" + Anchors.of(document, part));
        }
        if (iri.equals(LocalPaths.VOCAB_ROOT + "ontology")) {
            model.addAttribute("terms", resources.ontologyTerms(iri));
        }
        model.addAttribute("outgoing", resources.outgoing(iri));
        model.addAttribute("incoming", resources.incoming(iri));
        return "resource/generic";
    }
}
