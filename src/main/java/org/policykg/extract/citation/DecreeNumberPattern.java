package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;

/**
 * Finds the numbers of decrees (令): 国务院令第682号, 环境保护部令第44号, 省政府令〔2017〕第8号,
 * 河北省人民政府令[2017]第8号. They are numbered per issuer, often without a year, so they are not
 * 发文字号 and are kept as written (spaces dropped, year bracket made 〔〕), e.g. 省政府令〔2017〕第8号.
 * The issuer is the Han run before 令, cut after a lead-in word (根据国务院令… → 国务院令).
 */
public final class DecreeNumberPattern {
    private static final String SP = "[\\s\\u3000]*";
    private static final Pattern DECREE = Pattern.compile(
            "(\\p{IsHan}{1,14}?)令" + SP + "(?:[〔\\[［（(【﹝]" + SP + "((?:19|20)\\d{2})" + SP + "[〕\\]］）)】﹞])?"
                    + SP + "第" + SP + "(\\d{1,4})" + SP + "[号號]");
    private static final Pattern LEAD_IN = Pattern.compile(
            ".*(根据|按照|依据|依照|落实|贯彻|执行|参照|对照|详见|即|和|及|与|或|以|的|了|是|为|见|号)");
    /** What a decree's issuer ends with: a body (部, 委, 局, 署, 政府, 国务院 …). */
    private static final Pattern ISSUER = Pattern.compile("(部|委|委员会|局|总局|署|政府|国务院|办公厅|院)$");

    /** A decree number found, and its canonical text. */
    public record Hit(Span span, String number) {
    }

    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        // every match holds 令; without it the Han run before 令 would be tried at every character for nothing
        if (text.indexOf('令') < 0) {
            return hits;
        }
        Matcher m = DECREE.matcher(text);
        while (m.find()) {
            String run = m.group(1);
            Matcher lead = LEAD_IN.matcher(run);
            String issuer = lead.lookingAt() && lead.end() < run.length() ? run.substring(lead.end()) : run;
            if (!ISSUER.matcher(issuer).find()) {
                continue;
            }
            String number = issuer + "令" + (m.group(2) == null ? "" : "〔" + m.group(2) + "〕") + "第" + m.group(3) + "号";
            int start = m.start(1) + (run.length() - issuer.length());
            hits.add(new Hit(new Span(start, m.end()), number));
        }
        return hits;
    }
}
