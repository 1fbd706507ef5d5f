package org.policykg.structure.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policykg.extract.citation.DocumentNumber;
import org.policykg.extract.citation.IssuerCodes;
import org.policykg.normalize.NormalizedText;
import org.policykg.read.BadInputException;
import org.policykg.vocab.PlaceVocabulary;

/**
 * Reads what a document says about itself (title, 发文字号, issuer, date, type, plan period, place)
 * from its normalized text, ignoring the web page around it. For a notice that carries another
 * document (关于印发《X》的通知), the title is X and the notice's title is kept as
 * {@link DocumentMetadata#noticeTitle()}. Without an issuer written anywhere, the body named by the
 * own number's 机关代字 in issuer-codes.ttl is used.
 */
public final class DocumentMetadataReader {
    private final TitleFinder titles = new TitleFinder();
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

    public DocumentMetadata read(String fileName, NormalizedText text) throws BadInputException {
        List<Lines.Line> lines = Lines.of(text.text());
        TitleFinder.Found title = titles.find(lines).orElseThrow(() -> new BadInputException(fileName,
                "no recognizable document: no title in the first " + TitleFinder.HEAD_LINES + " lines"));
        String number = numbers.find(lines).orElse(null);
        String issuer = issuers.find(lines).or(() -> issuerFromNumber(number)).orElse(null);
        String type = DocumentTypes.typeOf(title.title()).orElse(null);
        String body = bodyAfter(lines, title.lineIndex());
        Optional<PlanPeriod.Years> years = periods.of(title.title(), type, body);
        Place place = places.resolve(ownNames(title, issuer), number, body).orElse(null);
        return new DocumentMetadata(title.title(), title.span(), number, issuer, dates.find(lines).orElse(null), type,
                years.map(PlanPeriod.Years::start).orElse(null), years.map(PlanPeriod.Years::end).orElse(null),
                place, title.noticeTitle());
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

    /** The text from the title on, without web-page lines. */
    private static String bodyAfter(List<Lines.Line> lines, int titleLine) {
        StringBuilder sb = new StringBuilder();
        lines.stream().skip(titleLine).filter(l -> !Boilerplate.isBoilerplate(l.text()))
                .forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }
}
