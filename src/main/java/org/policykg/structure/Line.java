package org.policykg.structure;

import org.policykg.normalize.Span;

/** One non-blank line of a document: its position among lines, its span (trimmed) and normalized text. */
public record Line(int index, Span span, String text) {
}
