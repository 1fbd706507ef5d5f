package org.policykg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * After packaging: Spark, Hadoop and Scala (a provided dependency, ~255 MB) stay off the server's
 * classpath (target/lib and the jar's manifest), and the job's own folder (target/spark-lib) carries
 * the pipeline's libraries, HanLP's dictionaries among them, but neither Spark nor the server.
 */
class ServerClasspathIT {
    private static final String CLUSTER_JARS = "(spark-|hadoop-|scala-|netty-|json4s|py4j|kryo).*";

    @Test
    void theServerClasspathHoldsNoSpark() throws IOException {
        assertThat(jars(Path.of("target/lib"))).hasSizeGreaterThan(50).noneMatch(n -> n.matches(CLUSTER_JARS));
        try (JarFile jar = new JarFile("target/policykg.jar")) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(classPath).contains("lib/jena-arq").doesNotContain("spark-").doesNotContain("hadoop-").doesNotContain("scala-");
        }
    }

    @Test
    void theJobsFolderHoldsThePipelineWithoutSparkOrTheServer() throws IOException {
        assertThat(jars(Path.of("target/spark-lib"))).anyMatch(n -> n.startsWith("hanlp-portable"))
                .anyMatch(n -> n.startsWith("jena-shacl")).anyMatch(n -> n.startsWith("tika-core"))
                .noneMatch(n -> n.matches(CLUSTER_JARS)).noneMatch(n -> n.startsWith("spring-"))
                .noneMatch(n -> n.startsWith("jetty-")).noneMatch(n -> n.startsWith("logback-"));
    }

    private static List<String> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
        }
    }
}
