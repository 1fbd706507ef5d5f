package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;

import org.policykg.normalize.NormalizedText;
import org.policykg.read.SourceText;
import org.policykg.structure.metadata.DocumentMetadata;

/** A document as the pipeline understands it: its source, normalized text, metadata and outline. */
public record PolicyDocument(SourceText source, NormalizedText text, DocumentMetadata metadata, Outline outline) {
    public String fileName() {
        return source.fileName();
    }

    /** What was missing when it was read: the metadata's warnings, and an outline with nothing in it. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>(metadata.warnings());
        if (outline.tasks().isEmpty() && outline.sections().isEmpty() && outline.tables().isEmpty()) {
            warnings.add("no headings, tasks or tables recognized: stored with its metadata and text only");
        }
        return warnings;
    }
}
