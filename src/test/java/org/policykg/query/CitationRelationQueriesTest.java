package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.support.TempStore;

/**
 * The relation queries over a real TDB2 store of two plans written for the test: a 2017 plan of a city
 * that plans a document and cites its basis, and a 2019 plan of the same city that cites the planned
 * document as issued. The comparison of what was planned and what appeared, and the legal-basis
 * chain, read from them.
 */
class CitationRelationQueriesTest {
    private static final String PLAN_2017 = """
            赣州市人民政府办公厅关于印发赣州市2017年河道治理工作方案的通知
            赣市府办字〔2017〕31号
            2017年3月1日
            为贯彻落实《江西省河道管理条例》，结合我市实际，制定本方案。
            一、主要任务
            （一）完善制度。2017年底前出台《赣州市河道采砂管理办法》。严格执行《赣州市水资源管理规定》(赣市府发〔2015〕8号)。省政府已出台《江西省河长制工作方案》(赣府发〔2016〕5号)。（牵头单位：市水利局）
            """;
    private static final String PLAN_2019 = """
            赣州市人民政府办公厅关于印发赣州市2019年河道治理工作方案的通知
            赣市府办字〔2019〕12号
            2019年4月2日
            根据《赣州市河道采砂管理办法》，结合我市实际，制定本方案。
            一、主要任务
            （一）加强监管。开展河道巡查。
            """;

    @TempDir
    static Path dir;
    static TempStore store;
    static final SavedQueries queries = new SavedQueries(Path.of("queries"));

    @BeforeAll
    static void ingest() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("plan-2017.txt"), PLAN_2017);
        Files.writeString(docs.resolve("plan-2019.txt"), PLAN_2019);
        store = new TempStore(dir.resolve("store"));
        store.ingest(docs.resolve("plan-2017.txt"), docs.resolve("plan-2019.txt"));
        assertThat(store.errors()).isEmpty();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String run(String name, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store.read(ds -> {
            new QueryRunner().run(ds, queries.find(name).orElseThrow(), params, ResultFormat.TSV, out);
            return null;
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void citationRelationsReturnExactlyTheContractColumnsAndOneRowPerRelation() {
        String tsv = run("citation-relations", Map.of());

        assertThat(tsv.lines().findFirst()).contains("?source\t?number\t?title\t?relation");
        assertThat(tsv).contains("\"plan-2017.txt\"\t\"\"\t\"江西省河道管理条例\"\t\"basis\"",
                "\"plan-2017.txt\"\t\"\"\t\"赣州市河道采砂管理办法\"\t\"planned\"",
                "\"plan-2017.txt\"\t\"赣市府发〔2015〕8号\"\t\"赣州市水资源管理规定\"\t\"implements\"",
                "\"plan-2017.txt\"\t\"赣府发〔2016〕5号\"\t\"江西省河长制工作方案\"\t\"mentions\"",
                "\"plan-2019.txt\"\t\"\"\t\"赣州市河道采砂管理办法\"\t\"basis\"");
    }

    @Test
    void aPlannedDocumentLaterCitedAsIssuedIsFoundWithItsYearAndDraftingBody() {
        String tsv = run("planned-documents", Map.of("place", "赣州市"));

        assertThat(tsv.lines().count()).as(tsv).isEqualTo(2);
        assertThat(tsv).contains("\"赣州市\"\t\"plan-2017.txt\"\t\"赣州市河道采砂管理办法\"\t\"2017\"\t\"赣州市水利局\"\ttrue\t\"plan-2019.txt\"");
        assertThat(run("planned-documents", Map.of("place", "南通市")).lines().count()).isEqualTo(1);
    }

    @Test
    void theLegalBasisChainLeavesOutWhatIsOnlyMentioned() {
        String all = run("citation-chains", Map.of("source", "plan-2017.txt"));
        String basis = run("citation-chains", Map.of("source", "plan-2017.txt", "follow", "basis"));

        assertThat(all.lines().findFirst()).isEqualTo(basis.lines().findFirst());
        assertThat(all).contains("赣州市水资源管理规定", "江西省河长制工作方案");
        assertThat(basis).contains("赣州市水资源管理规定").doesNotContain("江西省河长制工作方案");
    }
}
