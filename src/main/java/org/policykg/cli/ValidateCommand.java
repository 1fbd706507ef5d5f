package org.policykg.cli;

import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.policykg.store.GraphStore;
import org.policykg.validate.ReportText;
import org.policykg.validate.Verdict;
import org.policykg.validate.ShaclCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", description = "Check the whole store against the SHACL shapes; exits 1 on any violation (warnings are listed).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Override
    public Integer call() {
        try (GraphStore store = options.open()) {
            ValidationReport report = store.read(ds -> new ShaclCheck().validate(ds.getUnionModel().getGraph()));
            System.out.print(ReportText.of(store.location(), report));
            Verdict verdict = Verdict.of(report);
            System.out.println(verdict.words());
            return verdict.conforms() ? 0 : 1;
        }
    }
}
