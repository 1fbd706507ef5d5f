package org.policykg.serve.web.editor;

import java.util.List;
import java.util.Map;

import org.policykg.serve.api.QueryCatalog;
import org.policykg.serve.web.Json;
import org.policykg.serve.web.LocalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /editor}: YASGUI bound to this server's SPARQL endpoint, with every saved query of
 * {@code /api/queries} offered as a ready example (its title, description and text); {@code
 * ?example=NAME} opens one.
 */
@Controller
public class EditorController {
    private final QueryCatalog catalog;
    private final LocalPaths links;

    public EditorController(QueryCatalog catalog, LocalPaths links) {
        this.catalog = catalog;
        this.links = links;
    }

    @GetMapping("/editor")
    public String editor(Model model, @RequestParam(name = "example", required = false) String example) {
        List<Map<String, String>> examples = catalog.all().stream()
                .map(q -> Map.of("name", q.name(), "title", q.title() == null ? q.name() : q.title(),
                        "description", q.description() == null ? "" : q.description(), "text", q.text()))
                .toList();
        model.addAttribute("examples", examples);
        model.addAttribute("examplesJson", Json.of(examples));
        model.addAttribute("example", example == null ? "" : example);
        model.addAttribute("rootsJson", Json.of(links.localRoots()));
        return "editor/editor";
    }
}
