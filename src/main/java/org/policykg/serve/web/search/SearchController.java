package org.policykg.serve.web.search;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.policykg.structure.number.DocumentNumber;
import org.policykg.normalize.TextNormalizer;
import org.policykg.serve.web.DocumentLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** {@code GET /search?q=…}: Chinese full-text search over document titles and task text. */
@Controller
public class SearchController {
    private final SearchIndex index;
    private final DocumentLabels labels;

    public SearchController(SearchIndex index, DocumentLabels labels) {
        this.index = index;
        this.labels = labels;
    }

    @GetMapping("/search")
    public String search(Model model, @RequestParam(name = "q", required = false) String q) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            // The index holds the Simplified form of every text (a Traditional original is kept in both
            // scripts), so a query typed in Traditional script is converted here to meet it.
            var hits = index.search(TextNormalizer.simplified(q.strip()), 100);
            model.addAttribute("hits", hits);
            // a task is named by where it sits (附件 › 一、… › （三）…), not by its nearest heading alone
            Map<String, String> paths = new HashMap<>();
            hits.forEach(h -> paths.computeIfAbsent(h.iri(), iri -> labels.sectionPath(h.section())));
            model.addAttribute("sectionPaths", paths);
            // a 发文字号 typed into the search box (any bracket or script) is a regulation to open, not words
            if (DocumentNumber.parse(Normalizer.normalize(q, Normalizer.Form.NFKC)).isPresent()) {
                model.addAttribute("numberLookup", "/regulations?number=" + UriUtils.encodeQueryParam(q.strip(), StandardCharsets.UTF_8));
            }
        }
        return "search/search";
    }
}
