package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
}
