package org.policykg.structure.metadata;

import java.util.regex.Pattern;

/**
 * Lines a web page wraps around a document: navigation, 来源/作者/时间, 索引号, view counts, copyright,
 * ICP and 公安备案 numbers. None of them is the document's content or its metadata.
 */
public final class Boilerplate {
    private static final Pattern LINE = Pattern.compile(
            "来源[\\s\\u3000]*[:：]|作者[\\s\\u3000]*[:：]|发布时间|发布日期|时间[\\s\\u3000]*[:：]|索引号|公开日期|公开方式|公开时限|公开范围"
                    + "|内容分类|发布单位|主题分类|阅读次数|浏览次数|点击[数率]|当前位置|您的位置|网站首页|设为首页|加入收藏|返回.{0,8}(主站|首页)"
                    + "|版权所有|ICP备|ICP证|公网安备|网站许可证|网站标识码|主办单位|承办单位|技术支持|联系我们|网站地图|打印本页|关闭窗口"
                    + "|【?字号|上一篇|下一篇|分享到|相关文章|热点文章|相关链接|扫一扫");
    /** Boilerplate that also carries the page's publication date (kept apart: a fallback date). */
    private static final Pattern PUBLICATION_DATE = Pattern.compile("公开日期|发布日期|发布时间|时间[\\s\\u3000]*[:：]");

    private Boilerplate() {
    }

    public static boolean isBoilerplate(String line) {
        return LINE.matcher(line).find();
    }

    public static boolean carriesPublicationDate(String line) {
        return PUBLICATION_DATE.matcher(line).find();
    }
}
