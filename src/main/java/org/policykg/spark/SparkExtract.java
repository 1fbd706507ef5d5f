package org.policykg.spark;

import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.policykg.rdf.Iris;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.policykg.spark.SparkExtract … policykg.jar INPUT… --out DIR}: the Spark
 * job's command line (docs/scaling.md). Run with plain {@code java} (Spark on the classpath) and no
 * {@code spark.master}, it runs in {@code local[*]}.
 */
@Command(name = "spark-extract", mixinStandardHelpOptions = true,
        description = "Extract documents on Spark into N-Quads parts: the quads ingest would store, each document's graph whole in one part.")
public final class SparkExtract implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, folders, prefixes or globs of any Hadoop file system (file:, hdfs:, s3a: …)")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (must not exist or be empty)")
    String output;

    @Option(names = "--parts", paramLabel = "N", description = "partitions, and so part files (default: about one per 1,000 files, a whole multiple of the default parallelism)")
    int parts;

    @Option(names = "--base", paramLabel = "IRI", description = "base of minted IRIs, as ingest's --base (default: ${DEFAULT-VALUE})")
    String base = Iris.DEFAULT_BASE;

    public static void main(String[] args) {
        int status = new CommandLine(new SparkExtract()).execute(args);
        // success returns: in YARN's cluster mode this main runs inside the application master, which
        // reports an exit before main returned as a failed attempt (and tries the application again)
        if (status != 0) {
            System.exit(status);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (parts < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--parts must be 0 or more");
        }
        SparkConf conf = new SparkConf().setAppName("policykg-spark-extract");
        conf.setIfMissing("spark.master", "local[*]");
        // the persisted graphs are N-Quads text: compressed, they take a fifth of the memory or disk
        conf.setIfMissing("spark.rdd.compress", "true");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            Quiet.logs(spark);
            SparkExtraction.Result result = new SparkExtraction(spark, base).run(inputs, output, parts);
            result.report().stream().filter(r -> r.kind() != ReportRow.Kind.WARNING)
                    .forEach(r -> System.err.println((r.kind() == ReportRow.Kind.REFUSED ? "error: " : "notice: ") + r.message().strip()));
            System.out.println(result.line() + "; report: " + output + "/" + SparkExtraction.REPORT);
            return result.refused() == 0 ? 0 : 1;
        } catch (IllegalArgumentException | java.io.FileNotFoundException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
