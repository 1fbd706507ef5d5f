package org.policykg.support;

import java.nio.file.Path;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.read.SourceReader;

/** The shipped seed documents, the fixtures of the tests. */
public final class Seeds {
    public static final Path DIR = Path.of("data", "documents");
    public static final String NANTONG_2018 = "000_937dee3802406d3d.txt";
    public static final String NANTONG_ETDZ = "001_fa6f27a28cdcef08.txt";
    public static final String JIAXING_PORT = "002_ca94530e59154593.txt";
    public static final String WEIHAI_ETDZ = "003_0f5258ab0390f5fa.txt";
    public static final String GANZHOU = "004_e7f9bf6c216b92d7.txt";

    private Seeds() {
    }

    public static Path path(String name) {
        return DIR.resolve(name);
    }

    public static NormalizedText text(String name) {
        try {
            return new TextNormalizer().normalize(new SourceReader().read(path(name)).text());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
