package org.policykg.serve.web;

import org.policykg.serve.ReadOnlyReplica;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether it comes from a read-only replica, which the footer then says. */
@ControllerAdvice(basePackages = "org.policykg.serve.web")
public class ReplicaNotice {
    private final boolean readOnly;

    public ReplicaNotice(ReadOnlyReplica replica) {
        this.readOnly = replica.on();
    }

    @ModelAttribute
    void readOnly(Model model) {
        model.addAttribute("readOnlyReplica", readOnly);
    }
}
