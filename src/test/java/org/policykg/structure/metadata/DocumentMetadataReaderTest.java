package org.policykg.structure.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.SeedDocuments;
import org.policykg.vocab.Place;

@DisplayName("The metadata reader")
class DocumentMetadataReaderTest {

    @Test
    void readsTheTraditionalNoticeAsTheTaskListItCarries() throws Exception {
        DocumentMetadata md = SeedDocuments.metadata("000");
        assertThat(md.title()).isEqualTo("2018年国家生态文明先行示范区建设目标任务");
        assertThat(md.number()).isEqualTo("通政办发〔2018〕46号");
        assertThat(md.date()).isEqualTo(LocalDate.of(2018, 5, 16));
        assertThat(md.documentType()).isEqualTo("任务书");
        assertThat(md.periodStart()).isEqualTo(2018);
        assertThat(md.periodEnd()).isEqualTo(2018);
        assertThat(md.place()).isEqualTo(new Place("南通市", "南通市", "江苏省", "municipal"));
    }

    @Test
    void readsANoticeWrapperAsItsContentAndKeepsTheNoticeTitle() throws Exception {
        DocumentMetadata md = SeedDocuments.metadata("001");
        assertThat(md.title()).isEqualTo("南通市经济技术开发区 2018 年度生态文明建设 工程目标任务书");
        assertThat(md.noticeTitle()).startsWith("关于印发《").endsWith("》的通知");
        assertThat(md.selfTitles()).hasSize(2);
        assertThat(md.issuer()).isEqualTo("南通市经济技术开发区管理委员会");
        assertThat(md.date()).isEqualTo(LocalDate.of(2018, 1, 13));
        assertThat(md.documentType()).isEqualTo("任务书");
        assertThat(md.place()).isEqualTo(new Place("南通经济技术开发区", "南通市", "江苏省", "district"));
    }

    @Test
    void prefersTheSignedDateToTheWebPageDate() throws Exception {
        DocumentMetadata md = SeedDocuments.metadata("002");
        assertThat(md.title()).isEqualTo("“811”美丽港区建设行动方案(2016-2020)");
        assertThat(md.number()).isEqualTo("嘉港区工委办〔2017〕31号");
        assertThat(md.issuer()).isEqualTo("中共嘉兴市委嘉兴港区开发建设工作委员会办公室");
        assertThat(md.date()).isEqualTo(LocalDate.of(2017, 5, 19));
        assertThat(md.documentType()).isEqualTo("方案");
        assertThat(md.periodStart()).isEqualTo(2016);
        assertThat(md.periodEnd()).isEqualTo(2020);
        assertThat(md.place()).isEqualTo(new Place("嘉兴港区", "嘉兴市", "浙江省", "district"));
    }

    @Test
    void ignoresWebPageBoilerplate() throws Exception {
        DocumentMetadata md = SeedDocuments.metadata("003");
        assertThat(md.title()).isEqualTo("关于加快推进生态文明建设实施方案");
        assertThat(md.number()).as("索引号 is not a 发文字号").isNull();
        assertThat(md.issuer()).as("the site's 版权所有 is not the issuer").isNull();
        assertThat(md.date()).as("the page's 公开日期 when nothing is signed").isEqualTo(LocalDate.of(2017, 12, 28));
        assertThat(md.place()).isEqualTo(new Place("威海经济技术开发区", "威海市", "山东省", "district"));
    }

    @Test
    void readsANewsReportOfAWorkPlan() throws Exception {
        DocumentMetadata md = SeedDocuments.metadata("004");
        assertThat(md.title()).isEqualTo("赣州市生态文明建设工作要点");
        assertThat(md.documentType()).isEqualTo("要点");
        assertThat(md.periodStart()).isEqualTo(2017);
        assertThat(md.periodEnd()).isEqualTo(2017);
        assertThat(md.place()).isEqualTo(new Place("赣州市", "赣州市", "江西省", "municipal"));
    }

    @Test
    void placesACityNobodyListedByTheGeneralRule() throws Exception {
        String text = "丽江市人民政府关于印发丽江市2019年大气污染防治工作计划的通知\n各县(区)人民政府:\n现将计划印发给你们。\n丽江市人民政府\n2019年3月1日\n";
        DocumentMetadata md = new DocumentMetadataReader().read("x.txt", SeedDocuments.normalize(text));
        assertThat(md.title()).isEqualTo("丽江市2019年大气污染防治工作计划");
        assertThat(md.noticeTitle()).isNotNull();
        assertThat(md.issuer()).isEqualTo("丽江市人民政府");
        assertThat(md.date()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(md.place().name()).isEqualTo("丽江市");
        assertThat(md.place().level()).isEqualTo("municipal");
    }

    @Test
    void aPageCopyThatStartsAtItsFirstHeadingIsTitledByThatHeadingWithAWarning() {
        String text = "一、加强湿地保护\n1.严格湿地用途管控。落实湿地面积总量管控,开展退化湿地修复。(牵头单位:县林业局)\n";
        DocumentMetadata md = new DocumentMetadataReader().read("page.txt", SeedDocuments.normalize(text));
        assertThat(md.title()).isEqualTo("加强湿地保护");
        assertThat(md.warnings()).singleElement().asString()
                .contains("no title line", "加强湿地保护", "first heading", "no 发文字号", "no date");
    }

    @Test
    void anInnerPageThatStartsMidListIsTitledByTheFirstNumberedItemsOwnTitle() {
        String text = "建成一批示范村。(市农业局牵头)\n10.完善乡镇污水处理机制。加快污水管网建设,提高收集率。\n";
        DocumentMetadata md = new DocumentMetadataReader().read("part.txt", SeedDocuments.normalize(text));
        assertThat(md.title()).isEqualTo("完善乡镇污水处理机制");
    }

    @Test
    void aTextWithNoHeadingAtAllIsTitledByItsFileName() {
        String text = "网站首页 正文\n来源 : 作者 : 时间 : 2019-11-29\n今天天气很好,我们去公园散步,看到很多人在跑步。\n";
        DocumentMetadata md = new DocumentMetadataReader().read("walk-in-the-park.txt", SeedDocuments.normalize(text));
        assertThat(md.title()).isEqualTo("walk-in-the-park");
        assertThat(md.titleSpan()).isNull();
        assertThat(md.warnings()).singleElement().asString().contains("from its file name");
    }

    @Test
    void aDocumentWithItsTitleLineHasNoWarning() {
        String text = "丽江市2019年大气污染防治工作计划\n一、总体要求\n";
        assertThat(new DocumentMetadataReader().read("x.txt", SeedDocuments.normalize(text)).warnings()).isEmpty();
    }
}
