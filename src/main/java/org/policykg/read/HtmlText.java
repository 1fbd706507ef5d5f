package org.policykg.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text with the lines a browser shows: a block element or {@code <br>} starts a line,
 * table cells are separated by tabs and rows by line breaks (the form the table reader expects,
 * as from Word and PDF), runs of spaces in a line become one.
 */
final class HtmlText implements NodeVisitor {
    private static final String BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, dl, dt, dd, tr, table, tbody,"
            + " thead, section, article, blockquote, pre, center, address, hr, title";
    private final StringBuilder out = new StringBuilder();
    /** Inside a table cell, paragraphs and breaks are spaces: a row must stay one line. */
    private int cellDepth;

    static String of(Element root) {
        HtmlText text = new HtmlText();
        NodeTraversor.traverse(text, root);
        return text.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
        } else if (node instanceof Element e) {
            if (e.is("td, th")) {
                cellDepth++;
                if (e.elementSiblingIndex() > 0) {
                    trimSpaces();
                    out.append('\t');
                }
            } else if (e.is("br") || e.is(BLOCKS)) {
                breakLine();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.is("td, th")) {
                cellDepth--;
                trimSpaces();
            } else if (e.is(BLOCKS)) {
                breakLine();
            }
        }
    }

    private void breakLine() {
        if (cellDepth > 0) {
            if (out.length() > 0 && " \t".indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append(' ');
            }
        } else {
            newLine();
        }
    }

    private void appendText(String raw) {
        String text = raw.replace('\u00A0', ' ').replaceAll("[ \\t\\r\\n]+", " ");
        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n' || out.charAt(out.length() - 1) == '\t';
        out.append(lineStart ? text.stripLeading() : text);
    }

    private void trimSpaces() {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private void newLine() {
        trimSpaces();
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
