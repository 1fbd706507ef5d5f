package org.policykg.serve.web.home;

import java.util.List;

import org.policykg.serve.web.PageQueries;
import org.policykg.serve.web.PageQueries.Row;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /}: the corpus at a glance — counts, cities, documents — with links to every page. */
@Controller
public class HomeController {
    private final PageQueries queries;

    public HomeController(PageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    public String home(Model model) {
        List<Row> counts = queries.select("home/counts.rq");
        model.addAttribute("counts", counts.isEmpty() ? new Row() : counts.get(0));
        model.addAttribute("cities", queries.select("home/cities.rq"));
        model.addAttribute("documents", queries.select("home/documents.rq"));
        return "home/index";
    }
}
