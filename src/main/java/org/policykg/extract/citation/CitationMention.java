package org.policykg.extract.citation;

import org.policykg.normalize.Span;

/**
 * One place where a document cites another.
 *
 * @param number canonical 发文字号 ({@code 机关代字〔year〕N号}), a standard code without spaces
 *               ({@code GB13223-2011}), or null
 * @param title  the cited title in Simplified script without the outer 《》 (nested 〈〉 kept), or null
 * @param kind   NUMBERED when a 发文字号 is given, STANDARD for technical standards, else TITLED
 * @param span   the whole mention in the text, title and number together
 */
public record CitationMention(String number, String title, CitationKind kind, Span span) {
}
