package org.policykg.structure;

import org.policykg.normalize.NormalizedText;
import org.policykg.read.SourceText;
import org.policykg.structure.metadata.DocumentMetadata;

/** A document as the pipeline understands it: its source, normalized text, metadata and outline. */
public record PolicyDocument(SourceText source, NormalizedText text, DocumentMetadata metadata, Outline outline) {
    public String fileName() {
        return source.fileName();
    }
}
