package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.structure.metadata.DocumentTypes;
import org.policykg.structure.number.NumberPattern;

/**
 * Recognises a document's mentions of itself: its own 发文字号, its own title or its notice's title
 * (in any spelling that {@link RegulationKey} equates), and short forms like 《方案》 or 《任务书》. Besides
 * what the metadata read from the head, the text itself says what it is: the titles it hands out
 * ({@link IssuedHereSentence}), draws up ({@link DrawnUpHereClause}) or heads a run-on notice line with
 * ({@link NoticeHeaderLine}) or calls itself ({@link ThisDocumentPhrase}), and a number set in a run-on header ({@link HeaderNumber}); a metadata
 * title read from a sentence citing it is dropped ({@link CitedNotOwn}).
 */
final class SelfReferenceFilter {
    private static final List<OwnTitleClue> CLUES = List.of(
            new IssuedHereSentence(), new DrawnUpHereClause(), new NoticeHeaderLine(), new ThisDocumentPhrase());
    private final Set<String> ownNumbers;
    private final Set<String> ownTitleKeys;
    /*
     * A document cites most titles more than once (7,302 《》 over 3,007 distinct titles in the synthetic corpus):
     * their keys and short-form verdicts, functions of the title alone, are worked out once per title.
     */
    private final Map<String, String> titleKeys = new HashMap<>();
    private final Map<String, Boolean> shortForms = new HashMap<>();

    SelfReferenceFilter(DocumentMetadata self) {
        this(self, self == null ? List.of() : self.selfTitles(), Set.of());
    }

    private SelfReferenceFilter(DocumentMetadata self, List<String> titles, Set<String> numbers) {
        ownNumbers = new HashSet<>(numbers);
        if (self != null && self.number() != null) {
            ownNumbers.add(self.number());
        }
        ownTitleKeys = titles.stream().map(RegulationKey::title).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    }

    /** The filter for one text: what its metadata says it is and what the text says of itself. */
    static SelfReferenceFilter of(DocumentMetadata self, String t, List<TitlePattern.Hit> titles,
                                  List<NumberPattern.Hit> numbers) {
        List<String> own = new ArrayList<>();
        if (self != null) {
            boolean misread = new CitedNotOwn().titleWasCited(self, t, titles);
            self.selfTitles().stream().filter(s -> !misread || !s.equals(self.title())).forEach(own::add);
        }
        for (OwnTitleClue clue : CLUES) {
            own.addAll(clue.ownTitles(t, titles));
        }
        return new SelfReferenceFilter(self, own, new HeaderNumber().ownNumbers(t, numbers));
    }

    boolean isOwnNumber(String number) {
        return number != null && ownNumbers.contains(number);
    }

    boolean isOwnTitle(String title) {
        return title != null && ownTitleKeys.contains(titleKey(title));
    }

    /** {@link RegulationKey#title} of a title, remembered for this text. */
    String titleKey(String title) {
        return titleKeys.computeIfAbsent(title, RegulationKey::title);
    }

    /**
     * 《方案》 in a 方案 is the document itself; any other bare type word is a short back-reference to
     * something named in full before, so it is never a citation of its own either.
     */
    boolean isShortForm(String title) {
        return title != null && shortForms.computeIfAbsent(title,
                t -> DocumentTypes.isBareType(t) || GenericTitle.isGeneric(t));
    }
}
