package org.policykg.structure.outline;

import java.util.regex.Pattern;

/**
 * Lines that web pages wrap around a published document (navigation, copyright, ICP licence,
 * related links). They are not part of the document's content.
 */
public final class Boilerplate {
    private static final Pattern LINE = Pattern.compile(
            "版权所有|ICP备|ICP证|网站许可证|公网安备|网站标识码|网站地图|联系我们|打印本页|关闭窗口|【打印】|【关闭】"
                    + "|^(热点|相关|推荐)(文章|阅读|新闻)|^当前位置|^您的位置|^来源\\s*[:：]|^作者\\s*[:：]|^责任编辑|^(上|下)一篇"
                    + "|^网站首页|^返回.*主站|设为首页|加入收藏|^索引号|^分享到|^扫一扫|阅读次数|浏览次数");

    private Boilerplate() {
    }

    public static boolean isBoilerplate(String line) {
        return LINE.matcher(line).find();
    }
}
