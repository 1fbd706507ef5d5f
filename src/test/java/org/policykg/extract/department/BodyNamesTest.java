package org.policykg.extract.department;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyNamesTest {
    private final BodyNames names = new BodyNames();

    @Test
    void oneBodyUnderItsSeveralNamesInOneCity() {
        Body a = names.resolve("市环保局", "南通市");
        Body b = names.resolve("市环境保护局", "南通市");
        Body c = names.resolve("南通市环境保护局", "南通市");
        Body d = names.resolve("环保局", "南通市");
        assertThat(a.key()).isEqualTo(b.key()).isEqualTo(c.key()).isEqualTo(d.key());
        assertThat(d.prefLabel()).isEqualTo("南通市环境保护局");
        assertThat(d.altLabels()).containsExactlyInAnyOrder("市环保局", "市环境保护局", "南通市环境保护局", "环保局");
        assertThat(names.bodies()).hasSize(1);
    }

    @Test
    void theSameShortNameInTwoCitiesIsTwoBodies() {
        Body nantong = names.resolve("环保局", "南通市");
        Body weihai = names.resolve("环保局", "威海市");
        assertThat(nantong.key()).isNotEqualTo(weihai.key());
        assertThat(weihai.prefLabel()).isEqualTo("威海市环境保护局");
    }

    @Test
    void aZoneWritesItselfWithoutItsCity() {
        assertThat(names.resolve("港区经发局", "嘉兴港区").key()).isEqualTo(names.resolve("经发局", "嘉兴港区").key())
                .isEqualTo("嘉兴港区/经济发展局");
        assertThat(names.resolve("区环保局", "南通经济技术开发区").key()).isEqualTo("南通经济技术开发区/环境保护局");
    }

    @Test
    void aBodyOfAnotherPlaceKeepsItsPlace() {
        assertThat(names.resolve("平湖市气象局", "嘉兴港区").prefLabel()).isEqualTo("平湖市气象局");
    }

    @Test
    void wordsThatBeginLikeAQualifierAreNotStripped() {
        assertThat(names.resolve("市场监管局", "南通市").key()).isEqualTo(names.resolve("市市场监管局", "南通市").key())
                .isEqualTo("南通市/市场监督管理局");
        assertThat(names.resolve("市委办", "南通市").prefLabel()).isEqualTo("南通市委办");
    }

    @Test
    void abbreviationsComeFromTheVocabulary() {
        DepartmentAliases aliases = new DepartmentAliases();
        assertThat(aliases.expand("发改委")).isEqualTo("发展和改革委员会");
        assertThat(aliases.expand("市经信委")).isEqualTo("市经济和信息化委员会");
        assertThat(aliases.expand("海渔局")).isEqualTo("海洋与渔业局");
        assertThat(aliases.expand("国土局")).isEqualTo("国土资源局");
        assertThat(aliases.expand("环保分局")).isEqualTo("环境保护分局");
        assertThat(aliases.expand("气象局")).isEqualTo("气象局");
    }
}
