package org.policykg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policykg.serve.Http;
import org.policykg.serve.ServedSeeds;

/**
 * The web pages in a real browser (headless chromium) against the server over the ingested seeds:
 * what a researcher who does not write SPARQL sees and clicks. One server and one browser for all.
 */
class WebPagesBrowserTest {
    static final String NANTONG_2018_TITLE = "2018年国家生态文明先行示范区建设目标任务";
    static final String WEIHAI_TITLE = "关于加快推进生态文明建设实施方案";
    static final String COASTLINE_NUMBER = "国海发〔2017〕2号";
    static final String TREE_COVER = "https://w3id.org/policykg/vocab/indicator/tree-cover";

    static Http http;
    static Browser browser;

    @BeforeAll
    static void start() {
        http = ServedSeeds.readOnly().http;
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static void open(String path) {
        browser.driver.get(http.url(path));
    }

    static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    static void click(WebElement link) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
    }

    @Test
    void homeLeadsToADocumentItsRegulationAndTheOtherDocumentCitingIt() {
        open("/");
        assertThat(browser.driver.getTitle()).contains("PolicyKG");
        assertThat(text("#counts")).contains("文件 Documents", "任务 Tasks", "引用 Citations", "责任部门 Departments", "量化目标 Targets");
        assertThat(text("#cities")).contains("南通市", "嘉兴市", "威海市", "赣州市");
        assertThat(text("#documents")).contains(NANTONG_2018_TITLE, "通政办发〔2018〕46号", "南通市人民政府办公室", "2018-05-16");
        browser.screenshot("01-home");

        click(browser.driver.findElement(By.linkText(NANTONG_2018_TITLE)));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), NANTONG_2018_TITLE));
        assertThat(text("#doc-meta")).contains("通政办发〔2018〕46号", "南通市人民政府办公室", "2018-05-16", "任务书");
        assertThat(browser.driver.findElements(By.cssSelector("#document-text a.mark-citation"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#document-text a.mark-lead"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#document-text a.mark-target"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#document-text span.sentence[id^='sentence-']"))).isNotEmpty();
        browser.screenshot("02-document");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('document-text').scrollIntoView();");
        browser.screenshot("02b-document-text");

        WebElement regulation = browser.driver.findElement(By.xpath("//table[@id='cites']//a[text()='" + COASTLINE_NUMBER + "']"));
        click(regulation);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reg-number"), COASTLINE_NUMBER));
        assertThat(text("#reg-title")).contains("海岸线保护与利用管理办法");
        assertThat(text("#reg-level")).contains("国家级");
        List<String> citing = browser.driver.findElements(By.cssSelector("#cited-by a.citing-document")).stream().map(WebElement::getText).toList();
        assertThat(citing).contains(NANTONG_2018_TITLE, WEIHAI_TITLE);
        // the citation-chain graph is drawn by cytoscape into canvases
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#chain canvas")).isEmpty());
        Long nodes = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.policykgChain.nodes().length;");
        assertThat(nodes).isGreaterThanOrEqualTo(3);
        // no citation is drawn through a document it does not connect (a district plan citing a national one directly)
        Long edgesThroughOthers = (Long) ((JavascriptExecutor) browser.driver).executeScript(
                "const cy = window.policykgChain; let n = 0;"
                        + "cy.edges().forEach(e => { const m = e.midpoint();"
                        + "  cy.nodes().forEach(v => { if (v.id() !== e.source().id() && v.id() !== e.target().id()"
                        + "      && Math.hypot(v.position('x') - m.x, v.position('y') - m.y) < 20) { n++; } }); });"
                        + "return n;");
        assertThat(edgesThroughOthers).isZero();
        browser.screenshot("03-regulation");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('chain').scrollIntoView();");
        browser.screenshot("03b-regulation-chain");

        click(browser.driver.findElement(By.xpath("//table[@id='cited-by']//a[@class='citing-document' and text()='" + WEIHAI_TITLE + "']")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), WEIHAI_TITLE));
        assertThat(text("#doc-meta")).contains("威海");
    }

    @Test
    void aMarkLeadsToItsNodeAndTheNodeBackToItsSentence() {
        open("/document/%E9%80%9A%E6%94%BF%E5%8A%9E%E5%8F%91-2018-46");
        WebElement lead = browser.driver.findElement(By.cssSelector("#document-text a.mark-lead"));
        String body = lead.getAttribute("title");
        assertThat(body).startsWith("牵头单位 lead body");
        WebElement target = browser.driver.findElement(By.cssSelector("#document-text a.mark-target"));
        click(target);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sentence-link")));
        assertThat(text("#provenance")).contains(NANTONG_2018_TITLE);
        String sentence = browser.driver.findElement(By.id("sentence-link")).getAttribute("href");
        assertThat(sentence).contains("#sentence-");
        click(browser.driver.findElement(By.id("sentence-link")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), NANTONG_2018_TITLE));
        String anchor = sentence.substring(sentence.indexOf('#') + 1);
        assertThat(browser.driver.findElement(By.id(anchor)).getText()).isNotBlank();
        browser.screenshot("04-sentence-anchor");
    }

    @Test
    void citationMarksShowWhyAndThePlannedDocumentStandsApartInTheChain() {
        open("/document/%E9%80%9A%E6%94%BF%E5%8A%9E%E5%8F%91-2018-46");
        // the seed plans 《南通港口总体规划》 (推进…修编), and cites others as its basis, to carry out and as a standard
        WebElement planned = browser.driver.findElement(By.xpath(
                "//div[@id='document-text']//a[contains(@class,'mark-citation') and contains(., '南通港口总体规划')]"));
        assertThat(planned.getAttribute("data-relation")).isEqualTo("planned");
        assertThat(planned.getAttribute("title")).contains("拟制定 planned");
        String shown = (String) ((JavascriptExecutor) browser.driver).executeScript(
                "return getComputedStyle(arguments[0], '::after').content;", planned);
        assertThat(shown).contains("拟制定");
        List<String> relations0 = browser.driver.findElements(By.cssSelector("#document-text a.mark-citation")).stream()
                .map(m -> m.getAttribute("data-relation")).distinct().toList();
        assertThat(relations0).contains("basis", "implements", "planned", "standard");
        browser.screenshot("06-citation-relations");

        click(planned);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reg-planned")));
        assertThat(text("main")).contains("南通市港口管理局");
        assertThat(browser.driver.findElement(By.cssSelector("#cited-by [data-relation]")).getAttribute("data-relation"))
                .isEqualTo("planned");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#chain canvas")).isEmpty());
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        // the planned node is drawn dashed in a row below every document that exists
        Boolean apart = (Boolean) js.executeScript(
                "const cy = window.policykgChain; const p = cy.nodes('.planned');"
                        + "return p.length === 1 && p.style('border-style') === 'dashed'"
                        + " && cy.nodes().not(p).every(n => n.position('y') < p.position('y'));");
        assertThat(apart).isTrue();
        assertThat((String) js.executeScript("return window.policykgChain.edges()[0].data('relation');")).isEqualTo("planned");
        browser.screenshot("07-planned-document");

        open("/document/%E9%80%9A%E6%94%BF%E5%8A%9E%E5%8F%91-2018-46?chain=basis");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#chain canvas")).isEmpty());
        List<?> relations = (List<?>) js.executeScript(
                "return window.policykgChain.edges().map(e => e.data('relation')).filter((r, i, a) => a.indexOf(r) === i);");
        assertThat(relations).isNotEmpty().allMatch(r -> r.equals("basis") || r.equals("implements"));
        assertThat((Long) js.executeScript("return window.policykgChain.nodes('.planned').length;")).isZero();
        assertThat(browser.driver.findElements(By.id("chain-all"))).isNotEmpty();
    }

    @Test
    void theEditorRunsASavedQueryAndShowsItsResults() {
        open("/editor");
        assertThat(text("#examples")).contains("Who cites a regulation", "cited-by", "indicator-across-cities");
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());
        click(browser.driver.findElement(By.cssSelector("button.run-example[data-name='cited-by']")));
        browser.waiting().until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains(COASTLINE_NUMBER));
        String results = text(".yasr");
        assertThat(results).contains(COASTLINE_NUMBER, "海岸线保护与利用管理办法");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('yasgui').scrollIntoView();");
        browser.screenshot("05-editor");
    }

    @Test
    void theComparisonPageShowsEveryCitysTreeCoverTargetAsTableAndChart() {
        open("/compare");
        new Select(browser.driver.findElement(By.id("concept-select"))).selectByValue(TREE_COVER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
        assertThat(text("#concept-label")).isEqualTo("林木覆盖率");
        List<String> cities = browser.driver.findElements(By.cssSelector("#comparison tr.comparison-row td.city")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(cities).contains("南通市", "嘉兴市", "威海市");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#chart canvas")).isEmpty());
        browser.screenshot("06-compare-tree-cover");

        open("/compare/departments");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#chart canvas")).isEmpty());
        assertThat(text("#workload")).contains("南通市", "Environment");
        browser.screenshot("07-department-workload");
    }

    @Test
    void aThemeListsEveryCitysTargetsOfThatTheme() {
        open("/compare");
        new Select(browser.driver.findElement(By.id("theme-select"))).selectByVisibleText(
                new Select(browser.driver.findElement(By.id("theme-select"))).getOptions().stream()
                        .map(WebElement::getText).filter(t -> t.contains("ecology") || t.contains("生态")).findFirst().orElseThrow());
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("per-city")));
        assertThat(text("#comparison")).contains("林木覆盖率");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#chart canvas")).isEmpty());
        browser.screenshot("08-compare-theme");
    }

    @Test
    void searchingForWetlandsFindsTasksThatLeadToTheirText() {
        open("/search");
        WebElement box = browser.driver.findElement(By.id("search-input"));
        box.sendKeys("湿地");
        click(browser.driver.findElement(By.id("search-button")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hit-count")));
        List<WebElement> tasks = browser.driver.findElements(By.cssSelector("a.hit-task"));
        assertThat(tasks).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".hit mark")).get(0).getText()).isEqualTo("湿地");
        browser.screenshot("09-search");
        click(tasks.get(0));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outgoing")));
        assertThat(text("#outgoing")).contains("湿地");
        assertThat(browser.driver.findElement(By.id("document-link")).getText()).isNotBlank();
    }

    @Test
    void theShaclReportIsAPage() {
        open("/validation");
        // the seeds have warnings and no violation: validate accepts them, so the page must say they conform
        assertThat(text("#conforms")).contains("数据符合约束").doesNotContain("violates");
        assertThat(text("#verdict")).startsWith("conforms, with ").contains("warning");
        assertThat(text("#shacl-conforms")).isEqualTo("false");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        long table = ((Number) js.executeScript("return document.getElementById('entries').getBoundingClientRect().right;")).longValue();
        long main = ((Number) js.executeScript("return document.querySelector('main').getBoundingClientRect().right;")).longValue();
        assertThat(table).as("the report's table ends within the page").isLessThanOrEqualTo(main);
        assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
        browser.screenshot("10-validation");
    }

    @Test
    void anIriThatIsNotInTheGraphIsANotFoundPage() {
        open("/document/no-such-document");
        assertThat(text("h1")).contains("404", "未找到");
        assertThat(text("#missing-iri")).isEqualTo("https://w3id.org/policykg/document/no-such-document");
        browser.screenshot("11-not-found");
    }
}
