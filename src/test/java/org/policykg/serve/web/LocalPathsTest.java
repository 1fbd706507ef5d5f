package org.policykg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policykg.rdf.Iris;

/** How IRIs map to local paths, for the default base and for a base on another host with a path. */
class LocalPathsTest {
    @Test
    void theDefaultBaseIsServedAtTheRoot() {
        LocalPaths paths = new LocalPaths(new Iris(Iris.DEFAULT_BASE));
        assertThat(paths.href("https://w3id.org/policykg/regulation/国海发-2017-2")).isEqualTo("/regulation/%E5%9B%BD%E6%B5%B7%E5%8F%91-2017-2");
        assertThat(paths.href("https://w3id.org/policykg/body/中华人民共和国/中共中央%E3%80%81国务院"))
                .isEqualTo("/body/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD/%E4%B8%AD%E5%85%B1%E4%B8%AD%E5%A4%AE%E3%80%81%E5%9B%BD%E5%8A%A1%E9%99%A2");
        assertThat(paths.href("http://qudt.org/vocab/unit/PERCENT")).isEqualTo("http://qudt.org/vocab/unit/PERCENT");
        assertThat(paths.candidates("/body/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD/%E4%B8%AD%E5%85%B1%E4%B8%AD%E5%A4%AE%E3%80%81%E5%9B%BD%E5%8A%A1%E9%99%A2"))
                .first().isEqualTo("https://w3id.org/policykg/body/中华人民共和国/中共中央%E3%80%81国务院");
    }

    @Test
    void aBaseOnAnotherHostIsServedAtItsPath() {
        LocalPaths paths = new LocalPaths(new Iris("https://example.org/policykg/"));
        assertThat(paths.basePath()).isEqualTo("/policykg/");
        assertThat(paths.href("https://example.org/policykg/regulation/国海发-2017-2")).isEqualTo("/policykg/regulation/%E5%9B%BD%E6%B5%B7%E5%8F%91-2017-2");
        assertThat(paths.candidates("/policykg/regulation/%E5%9B%BD%E6%B5%B7%E5%8F%91-2017-2"))
                .first().isEqualTo("https://example.org/policykg/regulation/国海发-2017-2");
        // vocabularies keep their w3id IRIs, served at the root
        assertThat(paths.href("https://w3id.org/policykg/vocab/indicator/tree-cover")).isEqualTo("/vocab/indicator/tree-cover");
    }
}
