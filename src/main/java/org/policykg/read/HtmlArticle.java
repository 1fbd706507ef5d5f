package org.policykg.read;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of a web page as text: the page's chrome (scripts, navigation, headers and footers,
 * share buttons, related links) is dropped by element, then the lines that are site boilerplate
 * (ICP licence, copyright, 当前位置 …) by text. jsoup rather than Tika's HTML parser, because telling
 * chrome from article needs the {@code class} and {@code id} attributes that Tika's XHTML drops.
 */
final class HtmlArticle {
    /** Markup at the start and a few block tags: an HTML fragment saved under any name. */
    static final Pattern FRAGMENT = Pattern.compile(
            "(?is)^\\s*<(!doctype|html|head|body|div|p|table|span|meta|h[1-6]|section|article)\\b.*"
                    + "<(p|div|br|table|tr|h[1-6])\\b.*");

    private final HtmlCharset charset = new HtmlCharset();

    String text(Path file, byte[] bytes) throws BadInputException {
        return text(charset.decode(file, bytes));
    }

    static boolean looksLikeHtml(String text) {
        // FRAGMENT can only match if the first char after leading \s (its ASCII set: no UNICODE flag)
        // is '<': a plain text is told so without copying its head or running the pattern
        int i = 0;
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || text.charAt(i) != '<') {
            return false;
        }
        return FRAGMENT.matcher(text.length() > 8192 ? text.substring(0, 8192) : text).matches();
    }

    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static String text(String html) {
        Document page = Jsoup.parse(html);
        Element article = ArticleFinder.find(page);
        String text = ArticleFinder.headingOutside(page, article).map(h -> h + "\n").orElse("") + HtmlText.of(article);
        return text.lines().filter(HtmlArticle::isContent).collect(Collectors.joining("\n"));
    }

    /** Site boilerplate lines go, except those carrying the page's publication date (a fallback date). */
    private static boolean isContent(String line) {
        return !WebBoilerplate.isPageFurniture(line.strip())
                || WebBoilerplate.carriesPublicationDate(line);
    }
}
