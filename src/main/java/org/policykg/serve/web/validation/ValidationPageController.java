package org.policykg.serve.web.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.policykg.store.KnowledgeStore;
import org.policykg.validate.ShaclCheck;
import org.policykg.validate.Verdict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /validation}: the SHACL report of the whole store as a page (the API gives it as RDF). */
@Controller
public class ValidationPageController {
    public record Entry(String severity, String focus, String path, String value, String message, String shape) {
    }

    private final KnowledgeStore store;
    private final ShaclCheck shacl = new ShaclCheck();

    public ValidationPageController(KnowledgeStore store) {
        this.store = store;
    }

    @GetMapping("/validation")
    public String report(Model model) {
        ValidationReport report = store.read(ds -> shacl.validate(ds.getUnionModel().getGraph()));
        List<Entry> entries = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            entries.add(new Entry(local(e.severity().level().getURI()), text(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(),
                    text(e.value()), e.message(), text(e.source())));
        }
        entries.sort(Comparator.comparing(Entry::severity).thenComparing(Entry::focus));
        Verdict verdict = Verdict.of(report);
        model.addAttribute("conforms", verdict.conforms());
        model.addAttribute("verdict", verdict.words());
        model.addAttribute("shaclConforms", report.conforms());
        model.addAttribute("entries", entries);
        model.addAttribute("violations", entries.stream().filter(x -> x.severity().equals("Violation")).count());
        model.addAttribute("warnings", entries.stream().filter(x -> x.severity().equals("Warning")).count());
        return "validation/report";
    }

    private static String text(org.apache.jena.graph.Node n) {
        if (n == null) {
            return "";
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String local(String uri) {
        return uri.substring(uri.lastIndexOf('#') + 1);
    }
}
