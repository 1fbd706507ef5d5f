package org.policykg.serve.web.regulation;


import org.policykg.query.ParameterInputs;
import org.policykg.serve.api.StoreParameterValues;
import org.policykg.serve.web.LocalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /regulations?number=…}: finds a cited regulation by its 发文字号 or title typed any way
 * (国海发[2017]2号, 國海發(2017)2, full width, spaces) and opens its page; when none matches, says so
 * and offers the nearest, so that a typo does not read as "nobody cites it".
 */
@Controller
public class RegulationLookupController {
    private final StoreParameterValues known;
    private final LocalPaths links;

    public RegulationLookupController(StoreParameterValues known, LocalPaths links) {
        this.known = known;
        this.links = links;
    }

    @GetMapping("/regulations")
    public String find(Model model, HttpServletResponse response, @RequestParam(name = "number", required = false) String number) {
        model.addAttribute("number", number == null ? "" : number);
        if (number == null || number.isBlank()) {
            return "regulation/lookup";
        }
        try {
            String iri = known.inputs().find("regulation", number);
            return "redirect:" + links.href(iri);
        } catch (ParameterInputs.UnknownValueException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("nearest", e.nearest());
            return "regulation/lookup";
        }
    }
}
