package org.policykg.extract.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;

/**
 * Projects listed in prose with their money: "实施XX污水处理厂扩建工程，总投资1.2亿元". A name ends in
 * 项目 or 工程 and is followed, within its sentence, by the investment.
 */
final class ProseProjectPattern {
    private static final Pattern PROJECT = Pattern.compile(
            "([^，,。；;：:、（）()\\s]{2,40}?(?:项目|工程))[^。；;]{0,40}?(?:总投资|计划投资|投资)(?:约|额|为)?\\s*"
                    + "(\\d+(?:\\.\\d+)?\\s*(?:亿元|万元|亿|万))");
    private static final Pattern LEADING_VERB = Pattern.compile("^(实施|推进|加快|建设|新建|启动|完成|开工|续建|开展)+");

    private ProseProjectPattern() {
    }

    static List<Project> read(NormalizedText text, List<Span> excluded) {
        List<Project> out = new ArrayList<>();
        String all = text.text();
        for (Span sentence : text.sentences()) {
            // every match holds 投资: without it the pattern's lazy name run would be tried at every character for
            // nothing. Both tests only read, so asking the cheap one first (in place, no copy) changes no answer.
            if (holdsInvestment(all, sentence) && !inAny(excluded, sentence.start())) {
                read(text.text(sentence), sentence.start(), out);
            }
        }
        return out;
    }

    /** {@code text.text(sentence).contains("投资")}, searched in place and only within the sentence. */
    static boolean holdsInvestment(String all, Span sentence) {
        for (int i = sentence.start(); i + 1 < sentence.end(); i++) {
            if (all.charAt(i) == '投' && all.charAt(i + 1) == '资') {
                return true;
            }
        }
        return false;
    }

    private static boolean inAny(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private static void read(String sentence, int offset, List<Project> out) {
        Matcher m = PROJECT.matcher(sentence);
        while (m.find()) {
            String name = LEADING_VERB.matcher(m.group(1)).replaceFirst("");
            Span span = new Span(offset + m.start(), offset + m.end());
            out.add(new Project(name, "", Investment.wan(m.group(2), null), "", "", "", span));
        }
    }
}
