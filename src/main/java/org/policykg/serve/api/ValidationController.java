package org.policykg.serve.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.policykg.rdf.Prefixes;
import org.policykg.store.KnowledgeStore;
import org.policykg.validate.ShaclCheck;
import org.policykg.validate.Verdict;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/validation}: the SHACL report of the whole store, Turtle or (by Accept) JSON-LD. */
@RestController
public class ValidationController {
    private final KnowledgeStore store;
    private final ShaclCheck shacl = new ShaclCheck();

    public ValidationController(KnowledgeStore store) {
        this.store = store;
    }

    @GetMapping("/api/validation")
    public ResponseEntity<byte[]> report(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var choice = ResultNegotiation.choose(accept, List.of(
                        new ResultNegotiation.Choice(ResultNegotiation.TURTLE, null),
                        new ResultNegotiation.Choice(ResultNegotiation.JSON_LD, null),
                        new ResultNegotiation.Choice(MediaType.APPLICATION_JSON, null)))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_ACCEPTABLE,
                        "cannot answer in '" + accept + "'; available: text/turtle, application/ld+json"));
        boolean turtle = choice.type().equals(ResultNegotiation.TURTLE);
        ValidationReport report = store.read(ds -> shacl.validate(ds.getUnionModel().getGraph()));
        Verdict verdict = Verdict.of(report);
        Model model = report.getModel();
        Prefixes.apply(model);
        model.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, turtle ? RDFFormat.TURTLE_PRETTY : RDFFormat.JSONLD11);
        MediaType type = turtle ? ResultNegotiation.TURTLE : ResultNegotiation.JSON_LD;
        return ResponseEntity.ok().contentType(new MediaType(type, StandardCharsets.UTF_8))
                // validate's rule (violations fail, warnings do not); the body keeps SHACL's raw sh:conforms
                .header("X-Conforms", Boolean.toString(verdict.conforms()))
                .header("X-Validation", verdict.words())
                .header("X-SHACL-Conforms", Boolean.toString(report.conforms()))
                .body(out.toByteArray());
    }
}
