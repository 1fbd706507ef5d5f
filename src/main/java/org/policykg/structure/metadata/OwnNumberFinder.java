package org.policykg.structure.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.structure.number.NumberPattern;
import org.policykg.read.WebBoilerplate;
import org.policykg.structure.Line;

/**
 * Finds the document's own 发文字号: a number opening a line in the head (通政办发〔2018〕46号 2018年5月16日,
 * or alone under the red header), or labelled 文号/发文字号 on a web page. A number inside a sentence
 * is a citation, not the document's own.
 */
final class OwnNumberFinder {
    static final Pattern LABEL = Pattern.compile("(?:发文字号|发文号|文号)[\\s\\u3000]*[:：]?[\\s\\u3000]*");
    private static final int MAX_REST = 20;
    private static final Pattern SENTENCE = Pattern.compile("[，,。；;：:]|文件|精神|要求");
    private final NumberPattern numbers = new NumberPattern();

    Optional<String> find(List<Line> lines) {
        for (Line line : lines.subList(0, Math.min(TitleFinder.HEAD_LINES, lines.size()))) {
            Optional<String> labelled = labelled(line.text());
            if (labelled.isPresent()) {
                return labelled;
            }
            // a page line never gives the own number; asked last, of a line that would give one (every test is
            // free of side effects, so their order does not change the answer), as most head lines hold none
            List<NumberPattern.Hit> hits = numbers.find(line.text());
            if (!hits.isEmpty() && hits.get(0).span().start() == 0 && isHeadingLine(line.text(), hits.get(0))
                    && !WebBoilerplate.isPageLine(line.text())) {
                return Optional.of(hits.get(0).number().canonical());
            }
        }
        return Optional.empty();
    }

    /** Only a date or spacing may follow the own number on its line; more means a sentence citing it. */
    private static boolean isHeadingLine(String line, NumberPattern.Hit hit) {
        String rest = line.substring(hit.span().end());
        return rest.length() <= MAX_REST && !SENTENCE.matcher(rest).find();
    }

    /**
     * Every LABEL match is 发文字号, 发文号 or 文号, so holds 文号 or 发文字号: a line without either has no label and
     * gets no Matcher (the cheap test for 号 first, as most lines lack it).
     */
    static boolean mayHoldLabel(String line) {
        return line.indexOf('号') >= 0 && (line.contains("文号") || line.contains("发文字号"));
    }

    private Optional<String> labelled(String line) {
        if (!mayHoldLabel(line)) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(line);
        while (m.find()) {
            List<NumberPattern.Hit> hits = numbers.find(line.substring(m.end()));
            if (!hits.isEmpty() && hits.get(0).span().start() == 0) {
                return Optional.of(hits.get(0).number().canonical());
            }
        }
        return Optional.empty();
    }
}
