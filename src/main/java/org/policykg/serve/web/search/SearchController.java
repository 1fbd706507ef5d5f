package org.policykg.serve.web.search;

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
            model.addAttribute("hits", index.search(q.strip(), 100));
        }
        return "search/search";
    }
}
