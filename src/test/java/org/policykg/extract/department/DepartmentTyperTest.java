package org.policykg.extract.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DepartmentTyperTest {
    private final DepartmentTyper typer = new DepartmentTyper();

    private String type(String name) {
        return typer.type(name).id();
    }

    @Test
    void bodiesAreTypedByTheKeywordsOfTheirNames() {
        assertThat(type("环保局")).isEqualTo("environment");
        assertThat(type("市发改委")).isEqualTo("development-reform");
        assertThat(type("乍浦镇")).isEqualTo("local-government");
        assertThat(type("街道")).isEqualTo("local-government");
        assertThat(type("宣传部")).isEqualTo("party");
        assertThat(type("中石化嘉兴分公司")).isEqualTo("enterprise");
        assertThat(type("市海渔局")).isEqualTo("ocean-fisheries");
        assertThat(type("财政(地税)分局")).isEqualTo("finance");
    }

    @Test
    void theHeadAtTheEndOfTheNameDecides() {
        assertThat(type("规划建设局")).isEqualTo("housing-construction");
        assertThat(type("水务集团")).isEqualTo("enterprise");
        assertThat(type("港区经发局")).isEqualTo("development-reform");
    }

    @Test
    void abbreviationsAreTypedByTheirFullForm() {
        assertThat(type("安监局")).isEqualTo("emergency");
    }

    @Test
    void aBodyNoRuleTypesIsOtherAndReported() {
        assertThat(type("三改一拆领导小组各成员单位")).isEqualTo("other");
        assertThat(typer.type("美丽办").isOther()).isTrue();
        assertThat(typer.untyped(List.of("环保局", "美丽办", "乍浦镇", "美丽办"))).containsExactly("美丽办");
    }

    @Test
    void theSchemeHasLabelsInChineseAndEnglish() {
        assertThat(typer.types()).allSatisfy(t -> {
            assertThat(t.iri()).startsWith(DepartmentType.NAMESPACE);
            assertThat(t.labelZh()).isNotBlank();
            assertThat(t.labelEn()).isNotBlank();
        });
        assertThat(typer.types()).extracting(DepartmentType::id).contains("environment", "local-government", "other");
    }
}
