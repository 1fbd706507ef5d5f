package org.policykg.structure.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.policykg.structure.number.DocumentNumber;
import org.policykg.structure.number.IssuerCodes;
import org.policykg.normalize.NormalizedText;
import org.policykg.vocab.PlaceVocabulary;
import org.policykg.vocab.Place;
import org.policykg.read.WebBoilerplate;
import org.policykg.structure.Line;
import org.policykg.structure.Lines;

/**
 * Reads what a document says about itself (title, 发文字号, issuer, date, type, plan period, place)
 * from its normalized text, ignoring the web page around it. For a notice that carries another
 * document (关于印发《X》的通知), the title is X and the notice's title is kept as
 * {@link DocumentMetadata#noticeTitle()}. Without an issuer written anywhere, the body named by the
 * own number's 机关代字 in issuer-codes.ttl is used. Every text gets a title: one without a title line is
 * named by {@link TitleFallback} and carries a warning saying so.
 */
public final class DocumentMetadataReader {
    private final TitleFinder titles = new TitleFinder();
    private final TitleFallback fallback = new TitleFallback();
    private final OwnNumberFinder numbers = new OwnNumberFinder();
    private final DateFinder dates = new DateFinder();
    private final IssuerFinder issuers = new IssuerFinder();
    private final PlanPeriod periods = new PlanPeriod();
    private final IssuerCodes issuerCodes;
    private final PlaceResolver places;

    public DocumentMetadataReader() {
        this(PlaceVocabulary.shared(), IssuerCodes.shared());
    }

    public DocumentMetadataReader(PlaceVocabulary placeVocabulary, IssuerCodes issuerCodes) {
        this.issuerCodes = issuerCodes;
        this.places = new PlaceResolver(placeVocabulary, issuerCodes);
    }

    public DocumentMetadata read(String fileName, NormalizedText text) {
        return read(fileName, Lines.of(text));
    }

    /** {@code lines} are {@code Lines.of} the text: a caller that split it already shares its lines. */
    public DocumentMetadata read(String fileName, List<Line> lines) {
        Optional<TitleFinder.Found> written = titles.find(lines);
        TitleFallback.Named named = written.isEmpty() ? fallback.name(fileName, lines) : null;
        TitleFinder.Found title = written.orElseGet(() -> named.found());
        String number = numbers.find(lines).orElse(null);
        String issuer = issuers.find(lines).or(() -> issuerFromNumber(number)).orElse(null);
        String type = DocumentTypes.typeOf(title.title()).orElse(null);
        // the body is read only by the last resorts of the plan period and the place, and most documents never
        // reach them: made once when first asked for, it is the same text either way
        Supplier<String> body = new Body(lines, title.lineIndex());
        Optional<PlanPeriod.Years> years = periods.of(title.title(), type, body);
        Place place = places.resolve(ownNames(title, issuer), number, body).orElse(null);
        LocalDate date = dates.find(lines).orElse(null);
        List<String> warnings = named == null ? List.of() : List.of(untitled(named, number, date));
        return new DocumentMetadata(title.title(), title.span(), number, issuer, date, type,
                years.map(PlanPeriod.Years::start).orElse(null), years.map(PlanPeriod.Years::end).orElse(null),
                place, title.noticeTitle(), warnings);
    }

    /** The warning for a text without a title line: the title it was given and what else it does not say. */
    private static String untitled(TitleFallback.Named named, String number, LocalDate date) {
        StringBuilder sb = new StringBuilder("no title line in the first " + TitleFinder.HEAD_LINES
                + " lines; titled \"" + named.found().title() + "\" from " + named.how());
        if (number == null) {
            sb.append("; no 发文字号");
        }
        if (date == null) {
            sb.append("; no date");
        }
        return sb.toString();
    }

    private Optional<String> issuerFromNumber(String number) {
        return Optional.ofNullable(number).flatMap(DocumentNumber::parse)
                .map(n -> issuerCodes.lookup(n.prefix()).bodyName());
    }

    private static List<String> ownNames(TitleFinder.Found title, String issuer) {
        List<String> names = new ArrayList<>();
        names.add(title.title());
        if (title.noticeTitle() != null) {
            names.add(title.noticeTitle());
        }
        if (issuer != null) {
            names.add(issuer);
        }
        return names;
    }

    /** The text from the title on, without web-page lines; made on the first {@link #get}. */
    private static final class Body implements Supplier<String> {
        private final List<Line> lines;
        private final int titleLine;
        private String text;

        Body(List<Line> lines, int titleLine) {
            this.lines = lines;
            this.titleLine = titleLine;
        }

        @Override
        public String get() {
            if (text == null) {
                text = bodyAfter(lines, titleLine);
            }
            return text;
        }
    }

    private static String bodyAfter(List<Line> lines, int titleLine) {
        StringBuilder sb = new StringBuilder();
        lines.stream().skip(Math.max(0, titleLine)).filter(l -> !WebBoilerplate.isPageLine(l.text()))
                .forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }
}
