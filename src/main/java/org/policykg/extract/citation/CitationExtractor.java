package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.structure.number.NumberPattern;

/**
 * Finds what a document cites: 《titles》, 发文字号 and standard codes, joined where they belong to one
 * document (《A》(X号), 《B》(GB…)), without the document's references to itself and without 《》 that
 * hold books or programmes. One mention per occurrence; {@link #distinct} merges them per document.
 */
public final class CitationExtractor {
    /** 《A》(以下简称《B》): B is a short name for A from here on. */
    private static final Pattern ALIAS = Pattern.compile("^[\\s\\u3000]*[(（][^)）]{0,4}简称[\\s\\u3000]*《([^》]{1,30})》[^)）]{0,4}[)）]");
    /** 国家《船用燃料油》标准: the title of a standard with its code left out. */
    private static final Pattern STANDARD_WORD = Pattern.compile("^[\\s\\u3000]*标准");
    private static final Pattern GAP_CLOSE = Pattern.compile("^[\\s\\u3000]*(文件)?[\\s\\u3000]*[)）\\]］〕】]");

    private final NumberPattern numbers = new NumberPattern();
    private final DecreeNumberPattern decrees = new DecreeNumberPattern();
    private final TitlePattern titles = new TitlePattern();
    private final StandardCodePattern standards = new StandardCodePattern();
    private final NonDocumentTitleFilter documentsOnly = new NonDocumentTitleFilter();

    public List<CitationMention> extract(NormalizedText text, DocumentMetadata self) {
        String t = text.text();
        List<DecreeNumberPattern.Hit> decreeHits = decrees.find(t);
        List<NumberPattern.Hit> numberHits = numbers.find(t).stream()
                .filter(n -> decreeHits.stream().noneMatch(d -> d.span().contains(n.span().end() - 1)))
                .toList();
        List<TitlePattern.Hit> titleHits = titles.find(t);
        SelfReferenceFilter selfFilter = SelfReferenceFilter.of(self, t, titleHits, numberHits);
        List<StandardCodePattern.Hit> codeHits = standards.find(t);
        List<Span> used = new ArrayList<>();
        List<CitationMention> out = new ArrayList<>();
        Map<String, String> aliases = new HashMap<>();
        for (TitlePattern.Hit hit : titleHits) {
            if (!covered(used, hit.span().start()) && !BoilerplateLines.isIn(t, hit.span().start())) {
                titleMention(t, hit, numberHits, decreeHits, codeHits, selfFilter, aliases, used).ifPresent(out::add);
            }
        }
        for (NumberPattern.Hit hit : numberHits) {
            if (!covered(used, hit.span().start()) && !selfFilter.isOwnNumber(hit.number().canonical())
                    && !BoilerplateLines.isIn(t, hit.span().start())) {
                out.add(new CitationMention(hit.number().canonical(), null, CitationKind.NUMBERED, hit.span()));
            }
        }
        for (DecreeNumberPattern.Hit hit : decreeHits) {
            if (!covered(used, hit.span().start()) && !BoilerplateLines.isIn(t, hit.span().start())) {
                out.add(new CitationMention(hit.number(), null, CitationKind.NUMBERED, hit.span()));
            }
        }
        for (StandardCodePattern.Hit hit : codeHits) {
            if (!covered(used, hit.span().start())) {
                out.add(new CitationMention(hit.code(), null, CitationKind.STANDARD, hit.span()));
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** Merges a document's mentions into the distinct documents they cite. */
    public static List<CitedRegulation> distinct(List<CitationMention> mentions) {
        return new CitationMerger().merge(mentions);
    }

    private Optional<CitationMention> titleMention(String t, TitlePattern.Hit hit, List<NumberPattern.Hit> numberHits,
                                                             List<DecreeNumberPattern.Hit> decreeHits,
                                                             List<StandardCodePattern.Hit> codeHits, SelfReferenceFilter self,
                                                             Map<String, String> aliases, List<Span> used) {
        int end = hit.span().end();
        String after = t.substring(end, Math.min(t.length(), end + 40));
        used.add(hit.span());
        Matcher alias = ALIAS.matcher(after);
        if (alias.find()) {
            aliases.put(RegulationKey.title(alias.group(1)), hit.title());
            used.add(new Span(end, end + alias.end()));
        }
        String title = aliases.getOrDefault(RegulationKey.title(hit.title()), hit.title());
        NumberPattern.Hit number = following(numberHits, NumberPattern.Hit::span, t, hit.span().start(), end);
        StandardCodePattern.Hit code = following(codeHits, StandardCodePattern.Hit::span, t, hit.span().start(), end);
        DecreeNumberPattern.Hit decree = number == null ? following(decreeHits, DecreeNumberPattern.Hit::span, t, hit.span().start(), end) : null;
        if (decree != null) {
            used.add(decree.span());
        }
        StandardCodePattern.Hit codeBefore = preceding(codeHits, t, hit.span().start());
        Span whole = extent(t, hit.span(), number != null ? number.span() : code != null ? code.span() : null);
        NumberPattern.Hit numberBefore = number != null || decree != null || code != null ? null
                : NumberBeforeTitle.of(numberHits.stream().filter(n -> !covered(used, n.span().start())).toList(),
                t, hit.span().start());
        if (numberBefore != null) {
            number = numberBefore;
            whole = new Span(numberBefore.span().start(), hit.span().end());
        }
        if (number != null) {
            used.add(number.span());
        }
        if (code != null) {
            used.add(code.span());
        }
        if (codeBefore != null) {
            used.add(codeBefore.span());
            whole = new Span(codeBefore.span().start(), whole.end());
        }
        String before = t.substring(Math.max(0, hit.span().start() - 12), hit.span().start());
        if (self.isOwnTitle(title) || number != null && self.isOwnNumber(number.number().canonical())) {
            return Optional.empty();
        }
        if (title.equals(hit.title()) && self.isShortForm(title)) { // a short form not declared by 以下简称
            return Optional.empty();
        }
        boolean namedStandard = code != null || codeBefore != null || STANDARD_WORD.matcher(after).find();
        if (decree != null) {
            return Optional.of(new CitationMention(decree.number(), title, CitationKind.NUMBERED,
                    extent(t, hit.span(), decree.span())));
        }
        if (!namedStandard && number == null && !documentsOnly.isDocument(title, before, after)) {
            return Optional.empty();
        }
        Matcher standardWord = STANDARD_WORD.matcher(after);
        if (number == null && code == null && standardWord.find()) {
            whole = new Span(whole.start(), end + standardWord.end());
        }
        return Optional.of(mention(title, number, code != null ? code : codeBefore, namedStandard, whole));
    }

    private static CitationMention mention(String title, NumberPattern.Hit number, StandardCodePattern.Hit code,
                                           boolean namedStandard, Span whole) {
        if (number != null) {
            return new CitationMention(number.number().canonical(), title, CitationKind.NUMBERED, whole);
        }
        boolean standard = namedStandard || RegulationKey.title(title).endsWith("标准");
        return new CitationMention(code == null ? null : code.code(), title,
                standard ? CitationKind.STANDARD : CitationKind.TITLED, whole);
    }

    /** The hit that starts right after {@code end}, past what {@link NoticeCarrierNumber} allows: 《A》(X号). */
    private static <H> H following(List<H> hits, Function<H, Span> span, String t, int titleStart, int end) {
        int start = NoticeCarrierNumber.numberStart(t, titleStart, end);
        return hits.stream().filter(h -> span.apply(h).start() == start).findFirst().orElse(null);
    }

    /** A standard code written just before the title: GB3095-2012《环境空气质量标准》. */
    private static StandardCodePattern.Hit preceding(List<StandardCodePattern.Hit> hits, String t, int start) {
        return hits.stream().filter(h -> h.span().end() <= start
                && t.substring(h.span().end(), start).isBlank()).findFirst().orElse(null);
    }

    /** The title and its number together, with the bracket closing the number if there is one. */
    private static Span extent(String t, Span title, Span number) {
        if (number == null) {
            return title;
        }
        Matcher close = GAP_CLOSE.matcher(t.substring(number.end(), Math.min(t.length(), number.end() + 6)));
        return new Span(title.start(), number.end() + (close.find() ? close.end() : 0));
    }

    private static boolean covered(List<Span> used, int offset) {
        return used.stream().anyMatch(s -> s.contains(offset));
    }
}
