package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policykg.support.Forms;

class HtmlArticleTest {
    private static final String PAGE = """
            <html><head><title>站点</title><script>track()</script></head><body>
            <div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
            <h1>关于加快推进生态文明建设实施方案</h1>
            <div class="info">公开日期：2017/12/28 阅读次数：1227</div>
            <div class="TRS_Editor"><p>一、总体要求</p><p>（一）加强<b>生态</b>保护。</p>
            <table><tr><td>序号</td><td><p>任务</p></td><td>责任单位</td></tr><tr><td>1</td><td>治理河道</td><td>水利局</td></tr></table>
            <div class="share">分享到：微信</div></div>
            <div class="footer">版权所有 某市人民政府 鲁ICP备05004128号</div></body></html>
            """;

    @Test
    void keepsTheArticleAndItsHeadingAndDropsTheSiteAroundIt() {
        String text = HtmlArticle.text(PAGE);

        assertThat(text).startsWith("关于加快推进生态文明建设实施方案\n").contains("一、总体要求\n（一）加强生态保护。");
        assertThat(text).doesNotContain("首页", "分享到", "ICP", "版权所有", "track()", "阅读次数");
    }

    @Test
    void tableCellsAreTabSeparatedOneRowALine() {
        assertThat(HtmlArticle.text(PAGE)).contains("序号\t任务\t责任单位\n1\t治理河道\t水利局");
    }

    @Test
    void aPageDeclaringGbkIsReadInGb18030AndValidUtf8WinsOverAWrongDeclaration() throws Exception {
        String text = "（一）推进赣州市生态文明建设工作要点";
        byte[] gbk = Forms.webPage(text, java.nio.charset.Charset.forName("GBK"));
        byte[] utf8Declared = new String(Forms.webPage(text, java.nio.charset.Charset.forName("GBK")), "GBK")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(new HtmlArticle().text(Path.of("gbk.html"), gbk)).contains(text);
        assertThat(new HtmlArticle().text(Path.of("mislabelled.html"), utf8Declared)).contains(text);
    }

    /** The '<' pre-check answers as the fragment pattern alone, on every leading BMP char and real texts. */
    @Test
    void looksLikeHtmlAgreesWithThePlainPattern() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", " ", "<", "<p>a<br>", " \t\r\n\u000B\f<div><p>x", "\u3000<div><p>x",
                "\u00A0<div><p>x", "\u2028<div><p>x", "\uFEFF<html><p>", "x<div><p>", "<DIV>\n<P>", PAGE, " ".repeat(9000) + "<p><br>"));
        for (int c = 0; c <= 0xFFFF; c++) {
            texts.add((char) c + "<div><p>a");
        }
        for (String dir : List.of("data/documents", "src/test/resources/heldout/documents")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                }
            }
        }
        int html = 0;
        for (String text : texts) {
            boolean plain = HtmlArticle.FRAGMENT.matcher(text.length() > 8192 ? text.substring(0, 8192) : text).matches();
            assertThat(HtmlArticle.looksLikeHtml(text)).as(text.length() > 80 ? text.substring(0, 80) : text).isEqualTo(plain);
            html += plain ? 1 : 0;
        }
        assertThat(html).as("texts the pattern takes for HTML").isGreaterThan(6);
    }
}
