package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;
import org.policykg.structure.number.NumberPattern;

/**
 * A cited 《title》 with what is written next to it: 《A》(国发〔2013〕37号), 《A》(GB3095-2012),
 * 《A》(省政府令第8号), GB3095-2012《A》, 国发〔2013〕37号文件《A》, 《A》(以下简称《B》), 国家《A》标准. The
 * number or code next to the title is claimed with it; the document's references to itself and 《》
 * that hold no document (books, programmes) give no mention.
 */
final class TitleCitation implements CitationPattern {
    /** 《A》(以下简称《B》): B is a short name for A from here on. */
    static final Pattern ALIAS = Pattern.compile("^[\\s\\u3000]*[(（][^)）]{0,4}简称[\\s\\u3000]*《([^》]{1,30})》[^)）]{0,4}[)）]");
    /** 国家《船用燃料油》标准: the title of a standard with its code left out. */
    static final Pattern STANDARD_WORD = Pattern.compile("^[\\s\\u3000]*标准");
    static final Pattern GAP_CLOSE = Pattern.compile("^[\\s\\u3000]*(文件)?[\\s\\u3000]*[)）\\]］〕】]");
    /** The characters of GAP_CLOSE's last class. */
    static final String GAP_CLOSERS = ")）]］〕】";

    @Override
    public List<CitationMention> find(CitationScan scan) {
        List<CitationMention> out = new ArrayList<>();
        for (TitlePattern.Hit hit : scan.titles()) {
            if (scan.isFree(hit.span().start())) {
                mention(scan, hit).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<CitationMention> mention(CitationScan scan, TitlePattern.Hit hit) {
        String t = scan.text();
        int end = hit.span().end();
        String after = t.substring(end, Math.min(t.length(), end + 40));
        scan.claim(hit.span());
        // every ALIAS match holds 简称: without it the regex is not run
        Matcher alias = after.contains("简称") ? ALIAS.matcher(after) : null;
        if (alias != null && alias.find()) {
            scan.aliases().put(scan.self().titleKey(alias.group(1)), hit.title());
            scan.claim(new Span(end, end + alias.end()));
        }
        String title = scan.aliases().getOrDefault(scan.self().titleKey(hit.title()), hit.title());
        // where a number, code or decree of the title would start: a function of the text and the title's span, found once
        int numberStart = NoticeCarrierNumber.numberStart(t, hit.span().start(), end);
        NumberPattern.Hit number = following(scan.numbers(), NumberPattern.Hit::span, numberStart);
        StandardCodePattern.Hit code = following(scan.codes(), StandardCodePattern.Hit::span, numberStart);
        DecreeNumberPattern.Hit decree = number == null
                ? following(scan.decrees(), DecreeNumberPattern.Hit::span, numberStart) : null;
        if (decree != null) {
            scan.claim(decree.span());
        }
        StandardCodePattern.Hit codeBefore = preceding(scan.codes(), t, hit.span().start());
        Span whole = extent(t, hit.span(), number != null ? number.span() : code != null ? code.span() : null);
        NumberPattern.Hit numberBefore = number != null || decree != null || code != null ? null
                : NumberBeforeTitle.of(scan.numbers(), n -> !scan.isClaimed(n.span().start()), t, hit.span().start());
        if (numberBefore != null) {
            number = numberBefore;
            whole = new Span(numberBefore.span().start(), hit.span().end());
        }
        if (number != null) {
            scan.claim(number.span());
        }
        if (code != null) {
            scan.claim(code.span());
        }
        if (codeBefore != null) {
            scan.claim(codeBefore.span());
            whole = new Span(codeBefore.span().start(), whole.end());
        }
        String before = t.substring(Math.max(0, hit.span().start() - 12), hit.span().start());
        SelfReferenceFilter self = scan.self();
        if (self.isOwnTitle(title) || number != null && self.isOwnNumber(number.number().canonical())) {
            return Optional.empty();
        }
        if (title.equals(hit.title()) && self.isShortForm(title)) { // a short form not declared by 以下简称
            return Optional.empty();
        }
        // STANDARD_WORD's one match (it starts with ^), sought once for both its uses; every match holds 标准
        Matcher standardWord = after.contains("标准") ? STANDARD_WORD.matcher(after) : null;
        boolean standardWordFound = standardWord != null && standardWord.find();
        boolean namedStandard = code != null || codeBefore != null || standardWordFound;
        if (decree != null) {
            return Optional.of(new CitationMention(decree.number(), title, CitationKind.NUMBERED,
                    extent(t, hit.span(), decree.span())));
        }
        if (!namedStandard && number == null && !scan.documentsOnly().isDocument(title, before, after)) {
            return Optional.empty();
        }
        if (number == null && code == null && standardWordFound) {
            whole = new Span(whole.start(), end + standardWord.end());
        }
        return Optional.of(mention(scan.self(), title, number, code != null ? code : codeBefore, namedStandard, whole));
    }

    /** The title's key comes from the text's memo: the same {@link RegulationKey#title}, made once per title. */
    private static CitationMention mention(SelfReferenceFilter keys, String title, NumberPattern.Hit number,
                                           StandardCodePattern.Hit code, boolean namedStandard, Span whole) {
        if (number != null) {
            return new CitationMention(number.number().canonical(), title, CitationKind.NUMBERED, whole);
        }
        boolean standard = namedStandard || keys.titleKey(title).endsWith("标准");
        return new CitationMention(code == null ? null : code.code(), title,
                standard ? CitationKind.STANDARD : CitationKind.TITLED, whole);
    }

    /** The hit that starts at {@code start}, right after the title past what {@link NoticeCarrierNumber} allows: 《A》(X号). */
    private static <H> H following(List<H> hits, Function<H, Span> span, int start) {
        for (H h : hits) {
            if (span.apply(h).start() == start) {
                return h;
            }
        }
        return null;
    }

    /** A standard code written just before the title: GB3095-2012《环境空气质量标准》. */
    private static StandardCodePattern.Hit preceding(List<StandardCodePattern.Hit> hits, String t, int start) {
        for (StandardCodePattern.Hit h : hits) {
            if (h.span().end() <= start && BlankGap.isBlank(t, h.span().end(), start)) {
                return h;
            }
        }
        return null;
    }

    /** The title and its number together, with the bracket closing the number if there is one. */
    private static Span extent(String t, Span title, Span number) {
        if (number == null) {
            return title;
        }
        int to = Math.min(t.length(), number.end() + 6);
        // every GAP_CLOSE match ends with a closing bracket: in six characters without one there is none
        if (!holdsAny(t, number.end(), to, GAP_CLOSERS)) {
            return new Span(title.start(), number.end());
        }
        Matcher close = GAP_CLOSE.matcher(t.substring(number.end(), to));
        return new Span(title.start(), number.end() + (close.find() ? close.end() : 0));
    }

    private static boolean holdsAny(String t, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
