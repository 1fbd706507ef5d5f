package org.policykg.serve.web.comparison;

import java.util.List;
import java.util.Map;

import org.policykg.query.ParameterInputs;
import org.policykg.query.SavedQuery;
import org.policykg.serve.api.QueryCatalog;
import org.policykg.serve.api.StoreParameterValues;
import org.policykg.serve.web.DocumentLabels;
import org.policykg.serve.web.Json;
import org.policykg.serve.web.PageQueries;
import org.policykg.serve.web.PageQueries.Row;
import org.policykg.serve.web.Terms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.policykg.serve.web.LocalPaths;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Comparison pages. {@code /compare?concept=IRI}: every city's targets for one indicator concept, side
 * by side (saved query {@code indicator-across-cities}); {@code /compare?theme=IRI}: the targets of a
 * theme per city ({@code targets-by-theme} and every target of its concepts); {@code
 * /compare/departments}: how many tasks each kind of department leads and supports per city ({@code
 * department-workload}). Tables and ECharts charts.
 */
@Controller
public class ComparisonController {
    private final PageQueries queries;
    private final QueryCatalog catalog;

    private final StoreParameterValues known;
    private final DocumentLabels labels;

    public ComparisonController(PageQueries queries, QueryCatalog catalog, StoreParameterValues known, DocumentLabels labels) {
        this.queries = queries;
        this.catalog = catalog;
        this.known = known;
        this.labels = labels;
    }

    @GetMapping("/compare")
    public String compare(Model model, HttpServletResponse response, @RequestParam(name = "concept", required = false) String conceptGiven,
            @RequestParam(name = "theme", required = false) String themeGiven) {
        // the short names people type and share (concept=tree-cover, theme=air) mean the whole IRI
        String concept;
        String theme;
        try {
            concept = resolved("concept", conceptGiven);
            theme = resolved("theme", themeGiven);
        } catch (ParameterInputs.UnknownValueException e) {
            // the choices again, with what was not found, rather than an empty comparison
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("unknown", e.getMessage());
            model.addAttribute("concepts", queries.select("comparison/concepts.rq"));
            model.addAttribute("themes", queries.select("comparison/themes.rq"));
            return "comparison/choose";
        }
        for (String iri : new String[] {concept, theme}) {
            if (iri != null && !iri.isBlank() && !LocalPaths.linkable(iri)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not an http(s) or urn IRI: " + iri);
            }
        }
        List<Row> concepts = queries.select("comparison/concepts.rq");
        List<Row> themes = queries.select("comparison/themes.rq");
        model.addAttribute("concepts", concepts);
        model.addAttribute("themes", themes);
        model.addAttribute("concept", concept);
        model.addAttribute("theme", theme);
        if (concept != null && !concept.isBlank()) {
            List<Row> rows = labels.withTitles(saved("indicator-across-cities", Map.of("concept", concept)));
            model.addAttribute("rows", rows);
            model.addAttribute("chartJson", Json.of(rows));
            model.addAttribute("chosen", concepts.stream().filter(c -> concept.equals(c.str("concept"))).findFirst().orElse(null));
            return "comparison/concept";
        }
        if (theme != null && !theme.isBlank()) {
            model.addAttribute("perCity", saved("targets-by-theme", Map.of("theme", theme)));
            List<Row> rows = queries.select("comparison/theme-targets.rq", Map.of("theme", Terms.iri(theme)));
            model.addAttribute("rows", rows);
            model.addAttribute("chartJson", Json.of(saved("targets-by-theme", Map.of("theme", theme))));
            model.addAttribute("chosen", themes.stream().filter(c -> theme.equals(c.str("theme"))).findFirst().orElse(null));
            return "comparison/theme";
        }
        return "comparison/choose";
    }

    @GetMapping("/compare/departments")
    public String departments(Model model) {
        List<Row> rows = saved("department-workload", Map.of());
        model.addAttribute("rows", rows);
        model.addAttribute("chartJson", Json.of(rows));
        return "comparison/departments";
    }

    private String resolved(String parameter, String given) {
        if (given == null || given.isBlank()) {
            return given;
        }
        return known.inputs().find(parameter, given);
    }

    private List<Row> saved(String name, Map<String, String> params) {
        SavedQuery q = catalog.find(name).orElseThrow(() -> new IllegalStateException("saved query " + name + " is missing"));
        try {
            return queries.saved(q, params);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
