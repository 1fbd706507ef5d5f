package org.policykg.normalize;

/** The script a document is written in; BCP 47 tags as used on RDF literals. */
public enum Script {
    SIMPLIFIED("zh-Hans"), TRADITIONAL("zh-Hant");

    private final String languageTag;

    Script(String languageTag) {
        this.languageTag = languageTag;
    }

    public String languageTag() {
        return languageTag;
    }
}
