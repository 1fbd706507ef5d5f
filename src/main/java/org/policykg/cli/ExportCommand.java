package org.policykg.cli;

import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.policykg.rdf.Prefixes;
import org.policykg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write the whole store (all named graphs) to stdout.")
final class ExportCommand implements Callable<Integer> {
    enum Format { TRIG, NQ, JSONLD }

    @Mixin
    StoreOptions options;

    @Option(names = "--format", description = "trig, nq or jsonld (default: ${DEFAULT-VALUE})")
    Format format = Format.TRIG;

    @Override
    public Integer call() {
        try (GraphStore store = options.open()) {
            store.read(ds -> {
                var dsg = ds.asDatasetGraph();
                switch (format) {
                    case TRIG -> {
                        var copy = org.apache.jena.query.DatasetFactory.create();
                        Prefixes.apply(copy.getDefaultModel());
                        copy.getPrefixMapping().setNsPrefixes(copy.getDefaultModel().getNsPrefixMap());
                        ds.listNames().forEachRemaining(n -> copy.addNamedModel(n, ds.getNamedModel(n)));
                        RDFDataMgr.write(System.out, copy, RDFFormat.TRIG_BLOCKS);
                    }
                    case NQ -> RDFDataMgr.write(System.out, dsg, Lang.NQUADS);
                    case JSONLD -> RDFDataMgr.write(System.out, dsg, RDFFormat.JSONLD11);
                }
                return null;
            });
            System.out.flush();
            return 0;
        }
    }
}
