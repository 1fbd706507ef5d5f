package org.policykg.serve.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The helpers every page template uses: local links, short names, asset paths, anchors, JSON. */
@ControllerAdvice
public class PageModel {
    private final LocalPaths links;
    private final Qnames qn;
    private final Assets assets;
    private final Helpers helpers = new Helpers();

    public PageModel(LocalPaths links, Qnames qn, Assets assets) {
        this.links = links;
        this.qn = qn;
        this.assets = assets;
    }

    @ModelAttribute
    void helpers(Model model) {
        model.addAttribute("links", links);
        model.addAttribute("qn", qn);
        model.addAttribute("assets", assets);
        model.addAttribute("anchors", helpers);
        model.addAttribute("json", helpers);
    }

    /** Static helpers as an object, since templates may not call static methods. */
    public static final class Helpers {
        public String of(String documentIri, String partIri) {
            return Anchors.of(documentIri, partIri);
        }

        public String of(Object value) {
            return Json.of(value);
        }
    }
}
