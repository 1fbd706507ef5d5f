package org.policykg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policykg.serve.Http;
import org.policykg.serve.ServedSeeds;

/** What a new researcher reads in the first hour (issue 17), in a real browser. */
class FirstHourBrowserTest {
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

    static List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void comparisonRowsNameTheirDocumentByTitleNotByFileName() {
        open("/compare?concept=tree-cover");

        List<String> sources = texts("#comparison td.source");
        assertThat(sources).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank().doesNotEndWith(".txt").doesNotMatch(".*_[0-9a-f]{16}.*"));
        assertThat(texts("#comparison a.source-document")).hasSameSizeAs(sources);
        browser.screenshot("20-compare-titles");
    }

    @Test
    void taskHitsSayWhichDocumentAndWhereInItTheTaskSits() {
        open("/search?q=" + Http.encode("湿地"));

        List<String> tasks = texts("a.hit-task");
        assertThat(tasks).isNotEmpty();
        assertThat(tasks).allSatisfy(t -> assertThat(t).isNotEqualTo("任务 Task · 附件").matches("任务 Task · \\S.* · .+"));
        assertThat(tasks).anySatisfy(t -> assertThat(t).contains(" › "));
        browser.screenshot("21-search-task-paths");
    }

    @Test
    void aRegulationNumberTypedWithOtherBracketsOpensItsPage() {
        open("/regulations?number=" + Http.encode("国海发[2017]2"));

        assertThat(browser.driver.getCurrentUrl()).contains("/regulation/");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("国海发〔2017〕2号");

        open("/search?q=" + Http.encode("國海發（2017）2號"));
        browser.driver.findElement(By.cssSelector("#number-lookup a")).click();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("国海发〔2017〕2号");

        open("/regulations?number=" + Http.encode("国海发(2017)3号"));
        assertThat(browser.driver.findElement(By.id("no-match")).getText()).contains("国海发(2017)3号");
        assertThat(texts("#nearest a")).contains("国海发〔2017〕2号");
    }

    @Test
    void theHomePageCountsCitationsAsIngestAndTheCitationsQueryDo() {
        long rows = http.get("/api/queries/citations", "Accept", "text/csv").body().lines().skip(1).count();
        open("/");

        assertThat(Long.parseLong(browser.driver.findElement(By.id("count-citations")).getText())).isEqualTo(rows);
        long perDocument = browser.driver.findElements(By.cssSelector("#documents tr td:nth-last-child(2)")).stream()
                .mapToLong(td -> Long.parseLong(td.getText().isBlank() ? "0" : td.getText())).sum();
        assertThat(perDocument).isEqualTo(rows);
    }

    @Test
    void theOutlineCountsTheTasksOfSubSectionsToo() {
        open("/");
        List<String> documents = browser.driver.findElements(By.cssSelector("#documents a[href^='/document/']")).stream()
                .map(a -> a.getAttribute("href")).distinct().toList();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(5);
        for (String document : documents) {
            browser.driver.get(document);
            int total = Integer.parseInt(browser.driver.findElement(By.id("task-count")).getText());
            int outline = texts(".toc .toc-tasks").stream().mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", ""))).sum();
            assertThat(outline).as(document).isEqualTo(total);
        }
    }

    @Test
    void linksInTheEditorsResultsOpenThisServersPages() {
        open("/editor?example=cited-by");
        browser.waiting().until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("国海发〔2017〕2号"));

        List<String> hrefs = browser.driver.findElements(By.cssSelector(".yasr a[href]")).stream().map(a -> a.getAttribute("href"))
                .filter(h -> h.contains("/regulation/") || h.contains("/document/")).toList();
        assertThat(hrefs).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith(http.url("/")));
        WebElement regulation = browser.driver.findElements(By.cssSelector(".yasr a[href*='/regulation/']")).get(0);
        browser.driver.get(regulation.getAttribute("href"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank().doesNotContain("404");
    }

    @Test
    void theEditorSendsTheEndpointOnlyTheQueryNotThePagesOwnParameters() {
        open("/editor?example=cited-by");
        browser.waiting().until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("国海发〔2017〕2号"));

        Object args = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return JSON.stringify(window.policykgYasgui.getTab().getRequestConfig().args || [])");
        assertThat(String.valueOf(args)).doesNotContain("example").doesNotContain("cited-by");
    }

    @Test
    void theHeaderFitsOneLineOnALaptopScreen() {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
        try {
            open("/");
            WebElement brand = browser.driver.findElement(By.cssSelector("header.site .brand"));
            WebElement search = browser.driver.findElement(By.cssSelector("header.site .quick-search input"));
            WebElement lastLink = browser.driver.findElement(By.cssSelector("header.site nav a:last-child"));

            int row = brand.getLocation().getY() + brand.getSize().getHeight();
            assertThat(search.getLocation().getY()).as("search box below the brand's row").isLessThan(row);
            assertThat(lastLink.getLocation().getY()).as("last menu link below the brand's row").isLessThan(row);
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
        }
    }
}
