package org.policykg.read;

import java.util.regex.Pattern;

/**
 * The lines a web page wraps around a published document, in one place for every stage that must
 * skip them: the article finder, metadata, the outline and citations.
 * <ul>
 * <li>{@link #isPageFurniture}: navigation, copyright, ICP licence, related links, print/close buttons —
 * a line that starts or reads like one is never content (版权所有, 当前位置, 上一篇 …);</li>
 * <li>{@link #isPageLine}: besides furniture, the page's own metadata wherever it sits on a line (来源:,
 * 发布时间, 索引号, 浏览次数 …) — never a document's title, number, issuer or date.</li>
 * </ul>
 */
public final class WebBoilerplate {
    static final Pattern FURNITURE = Pattern.compile(
            "版权所有|ICP备|ICP证|网站许可证|公网安备|网站标识码|网站地图|联系我们|打印本页|关闭窗口|【打印】|【关闭】"
                    + "|^(热点|相关|推荐)(文章|阅读|新闻)|^当前位置|^您的位置|^来源\\s*[:：]|^作者\\s*[:：]|^责任编辑|^(上|下)一篇"
                    + "|^网站首页|^返回.*主站|设为首页|加入收藏|^索引号|^分享到|^扫一扫|阅读次数|浏览次数");
    static final Pattern PAGE_LINE = Pattern.compile(
            "来源[\\s\\u3000]*[:：]|作者[\\s\\u3000]*[:：]|发布时间|发布日期|时间[\\s\\u3000]*[:：]|索引号|公开日期|公开方式|公开时限|公开范围"
                    + "|内容分类|发布单位|主题分类|阅读次数|浏览次数|点击[数率]|当前位置|您的位置|网站首页|设为首页|加入收藏|返回.{0,8}(主站|首页)"
                    + "|版权所有|ICP备|ICP证|公网安备|网站许可证|网站标识码|主办单位|承办单位|技术支持|联系我们|网站地图|打印本页|关闭窗口"
                    + "|【?字号|上一篇|下一篇|分享到|相关文章|热点文章|相关链接|扫一扫");
    /**
     * The two characters a match of each pattern can start with (for FURNITURE, past a line's start), one pair or more per alternative
     * ({@code WebBoilerplateTest} reads them from the patterns and keeps them in step): most lines of a
     * document hold none of these pairs, and telling so is far cheaper than trying every alternative at
     * every character.
     */
    static final String FURNITURE_LEADS = "版权 IC 网站 公网 联系 打印 关闭 【打 【关 设为 加入 阅读 浏览";
    /**
     * The pairs of FURNITURE's alternatives anchored by {@code ^} (and of no unanchored one): looked for
     * at a line's start only, the one place such an alternative can match.
     */
    static final String FURNITURE_LINE_START_LEADS = "热点 相关 推荐 当前 您的 来源 作者 责任 上一 下一 返回 索引 分享 扫一";
    static final String PAGE_LINE_LEADS = "来源 作者 发布 时间 索引 公开 内容 主题 阅读 浏览 点击 当前 您的 网站 设为 加入 返回 版权 IC 公网 主办 承办 技术 联系 打印 关闭 【字 字号 上一 下一 分享 相关 热点 扫一";
    private static final LeadPairs FURNITURE_START = new LeadPairs(FURNITURE_LEADS);
    private static final LeadPairs FURNITURE_LINE_START = new LeadPairs(FURNITURE_LINE_START_LEADS);
    private static final LeadPairs PAGE_LINE_START = new LeadPairs(PAGE_LINE_LEADS);
    /** Page lines that also carry the page's publication date (kept apart: a fallback date). */
    static final Pattern PUBLICATION_DATE = Pattern.compile("公开日期|发布日期|发布时间|时间[\\s\\u3000]*[:：]");

    private WebBoilerplate() {
    }

    /** Navigation, copyright and the like: not part of the document's content. */
    public static boolean isPageFurniture(String line) {
        return FURNITURE_START.findsIn(FURNITURE, line, FURNITURE_LINE_START);
    }

    /** Furniture or the page's own metadata: not where a document states its title, number or date. */
    public static boolean isPageLine(String line) {
        return PAGE_LINE_START.findsIn(PAGE_LINE, line);
    }

    public static boolean carriesPublicationDate(String line) {
        // every alternative holds 日期 or 时间: a line with neither cannot match (most lines, asked by the date finder)
        return (line.contains("日期") || line.contains("时间")) && PUBLICATION_DATE.matcher(line).find();
    }
}
