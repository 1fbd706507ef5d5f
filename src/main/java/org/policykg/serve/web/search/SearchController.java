package org.policykg.serve.web.search;

import org.policykg.normalize.TextNormalizer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /search?q=…}: Chinese full-text search over document titles and task text. */
@Controller
public class SearchController {
    private final SearchIndex index;

    public SearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/search")
    public String search(Model model, @RequestParam(name = "q", required = false) String q) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            // The index holds the Simplified form of every text (a Traditional original is kept in both
            // scripts), so a query typed in Traditional script is converted here to meet it.
            model.addAttribute("hits", index.search(TextNormalizer.simplified(q.strip()), 100));
        }
        return "search/search";
    }
}
