package org.policykg.extract.citation;

import java.util.List;

/**
 * One way a text says which titles are its own (现将《X》印发给你们, 特制定《X》, 本《X》, a notice heading run
 * into the text), so that they are not cited. {@link SelfReferenceFilter} gathers what all its clues
 * say; a new way is a new class listed there.
 */
interface OwnTitleClue {
    /** The titles the text names as its own by this clue. */
    List<String> ownTitles(String t, List<TitlePattern.Hit> titles);
}
