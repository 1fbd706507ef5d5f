package org.policykg.extract.citation;

import java.util.Set;
import java.util.stream.Collectors;

import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.structure.metadata.DocumentTypes;

/**
 * Recognises a document's mentions of itself: its own 发文字号, its own title or its notice's title
 * (in any spelling that {@link TitleKey} equates), and short forms like 《方案》 or 《任务书》.
 */
final class SelfReferenceFilter {
    private final String ownNumber;
    private final Set<String> ownTitleKeys;

    SelfReferenceFilter(DocumentMetadata self) {
        ownNumber = self == null ? null : self.number();
        ownTitleKeys = self == null ? Set.of()
                : self.selfTitles().stream().map(TitleKey::of).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    }

    boolean isOwnNumber(String number) {
        return number != null && number.equals(ownNumber);
    }

    boolean isOwnTitle(String title) {
        return title != null && ownTitleKeys.contains(TitleKey.of(title));
    }

    /**
     * 《方案》 in a 方案 is the document itself; any other bare type word is a short back-reference to
     * something named in full before, so it is never a citation of its own either.
     */
    boolean isShortForm(String title) {
        return title != null && DocumentTypes.isBareType(title);
    }
}
