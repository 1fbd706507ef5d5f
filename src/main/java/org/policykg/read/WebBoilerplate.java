package org.policykg.read;

import java.util.BitSet;
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
     * The characters a match of each pattern can start with, one or more per alternative ({@code
     * WebBoilerplateTest} keeps them in step with the patterns): most lines of a document hold none of
     * them, and telling so is far cheaper than trying every alternative at every character.
     */
    static final String FURNITURE_LEADS = "版I网公联打关【热相推当您来作责上下返设加索分扫阅浏";
    static final String PAGE_LINE_LEADS = "来作发时索公内主阅浏点当您网设加返版I承技联打关【字上下分相热扫";
    private static final BitSet FURNITURE_START = characters(FURNITURE_LEADS);
    private static final BitSet PAGE_LINE_START = characters(PAGE_LINE_LEADS);
    /** Page lines that also carry the page's publication date (kept apart: a fallback date). */
    private static final Pattern PUBLICATION_DATE = Pattern.compile("公开日期|发布日期|发布时间|时间[\\s\\u3000]*[:：]");

    private WebBoilerplate() {
    }

    /** Navigation, copyright and the like: not part of the document's content. */
    public static boolean isPageFurniture(String line) {
        return holdsAny(line, FURNITURE_START) && FURNITURE.matcher(line).find();
    }

    /** Furniture or the page's own metadata: not where a document states its title, number or date. */
    public static boolean isPageLine(String line) {
        return holdsAny(line, PAGE_LINE_START) && PAGE_LINE.matcher(line).find();
    }

    public static boolean carriesPublicationDate(String line) {
        return PUBLICATION_DATE.matcher(line).find();
    }

    private static boolean holdsAny(String line, BitSet characters) {
        for (int i = 0; i < line.length(); i++) {
            if (characters.get(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BitSet characters(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }
}
