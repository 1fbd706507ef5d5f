package org.policykg.read;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a page's article element. Government sites mark it by name ({@code id="zoom"},
 * {@code class="TRS_Editor"}, {@code article}, {@code content} …); failing that, the element whose
 * paragraphs hold the most text is taken. Chrome is removed first, so a big footer never wins.
 */
final class ArticleFinder {
    private static final String CHROME_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " nav, aside, form, select, button, input, textarea, menu";
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdsharebuttonbox|sidebar|side"
                    + "|related|recommend|hot|friend-?links?|links|search|login|toolbar|banner|footer|foot|bottom|copyright"
                    + "|header|head|top|topbar|print|close|qrcode|ewm)($|[\\s_-])");
    private static final Pattern ARTICLE_NAME = Pattern.compile(
            "(?i)^(zoom|article|articles?-?content|content|main-?content|TRS_Editor|Custom_UnionStyle|pages?_content"
                    + "|news_?content|con|text|detail|details|wz|xxgk_content|art_con|view|conTxt|contentText)$");

    private ArticleFinder() {
    }

    static Element find(Document page) {
        page.select(CHROME_TAGS).remove();
        Element article = byName(page).or(() -> byTag(page)).orElseGet(() -> densest(page));
        removeChrome(article);
        return article;
    }

    /** A page's heading (its first h1, or an element named title) when the article does not hold it. */
    static Optional<String> headingOutside(Document page, Element article) {
        Element heading = page.selectFirst("h1");
        if (heading == null) {
            heading = page.body().selectFirst("[class~=(?i)^(title|article-?title|news_?title)$], [id~=(?i)^(title|article-?title)$]");
        }
        if (heading == null || article.equals(heading) || heading.parents().contains(article) || heading.text().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(heading.text().strip());
    }

    private static Optional<Element> byName(Document page) {
        return page.body().getAllElements().stream()
                .filter(e -> ARTICLE_NAME.matcher(e.id()).matches()
                        || e.classNames().stream().anyMatch(c -> ARTICLE_NAME.matcher(c).matches()))
                .filter(e -> !e.text().isBlank())
                .findFirst();
    }

    private static Optional<Element> byTag(Document page) {
        return Optional.ofNullable(page.body().selectFirst("article, main, [role=main]")).filter(e -> !e.text().isBlank());
    }

    private static Element densest(Document page) {
        removeChrome(page.body());
        return page.body().getAllElements().stream()
                .max(Comparator.comparingInt(ArticleFinder::paragraphText))
                .filter(e -> paragraphText(e) > 0)
                .orElse(page.body());
    }

    /** Text in the element's own paragraphs and line-broken text children: where an article's body sits. */
    private static int paragraphText(Element e) {
        int own = e.textNodes().stream().mapToInt(t -> t.text().strip().length()).sum();
        return own + e.children().stream().filter(c -> c.is("p, br, span, font, table"))
                .mapToInt(c -> c.text().length()).sum();
    }

    private static void removeChrome(Element root) {
        Elements chrome = new Elements();
        for (Element e : root.getAllElements()) {
            if (e != root && (e.is("header, footer") || isChromeNamed(e))) {
                chrome.add(e);
            }
        }
        chrome.remove();
    }

    private static boolean isChromeNamed(Element e) {
        return CHROME_NAME.matcher(e.id()).find() || e.classNames().stream().anyMatch(c -> CHROME_NAME.matcher(c).find());
    }
}
