package org.policykg.extract.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.normalize.TextNormalizer;
import org.policykg.structure.OutlineReader;
import org.policykg.testing.SeedDocuments;
import org.policykg.testing.SeedDocuments.Seed;

@DisplayName("Projects")
class ProjectExtractorTest {

    private static List<Project> projects(String seed) {
        Seed s = SeedDocuments.seed(seed);
        return new ProjectExtractor().extract(s.text(), s.outline());
    }

    @Test
    @DisplayName("the twelve rows of 001's project table are projects with their investment in 万元")
    void projectsOf001() {
        List<Project> projects = projects("001");
        assertThat(projects).hasSize(12);
        assertThat(projects).filteredOn(p -> p.name().equals("南通朝阳漂染有限公司搬迁改造项目")).singleElement()
                .satisfies(p -> {
                    assertThat(p.investment()).isEqualByComparingTo("12000");
                    assertThat(p.responsibleBody()).isEqualTo("区房产管局");
                    assertThat(p.deadline()).isEqualTo("2018年底");
                    assertThat(p.content()).isEqualTo("印染企业搬迁改造");
                });
    }

    @Test
    @DisplayName("an amount written with its unit is read in 万元; a dash is no investment")
    void investments() {
        List<Project> projects = projects("001");
        assertThat(projects).filteredOn(p -> p.name().equals("老洪港湿地公园扩建工程"))
                .extracting(p -> p.investment().intValue()).containsExactly(1500);
        assertThat(projects).filteredOn(p -> p.name().equals("煤电机组超低排放改造"))
                .allSatisfy(p -> assertThat(p.investment()).isNull());
    }

    @Test
    @DisplayName("a category of merged cells applies to the rows below it")
    void categoriesCarriedDown() {
        assertThat(projects("001")).filteredOn(p -> p.name().equals("申华化学工业有限公司VOCs整治")).singleElement()
                .extracting(Project::category).isEqualTo("加大污染防治力度，进一步改善生态环境质量");
    }

    @Test
    @DisplayName("a project named in prose with its money is a project")
    void proseProjects() {
        var text = new TextNormalizer().normalize("实施城东污水处理厂扩建工程，总投资1.2亿元，新增处理能力5万吨/日。");
        List<Project> found = new ProjectExtractor().extract(text, new OutlineReader().read(text, null));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("城东污水处理厂扩建工程");
            assertThat(p.investment()).isEqualByComparingTo("12000");
        });
    }

    @Test
    @DisplayName("documents without a project table give no table projects")
    void noTable() {
        assertThat(projects("000")).isEmpty();
    }
}
