package org.policykg.extract.citation;

/** How a cited document is referred to: by 发文字号, by 《title》 only, or as a technical standard. */
public enum CitationKind {
    NUMBERED, TITLED, STANDARD
}
