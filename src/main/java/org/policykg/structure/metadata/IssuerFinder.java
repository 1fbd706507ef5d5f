package org.policykg.structure.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policykg.read.WebBoilerplate;
import org.policykg.structure.Line;

/**
 * Finds the issuing body as written: the signature above the signed date (the first of several stacked
 * bodies, the lead issuer), else the red header (XX文件). Web-page lines (版权所有, 发布单位) never count:
 * they name the site's operator, not the document's issuer.
 */
final class IssuerFinder {
    private static final Pattern BODY = Pattern.compile(
            "^[\\p{IsHan}()（）\\s\\u3000]{3,40}(委员会|管委会|人民政府|政府|办公室|办公厅|局|委|厅|部|院|中心|小组|工委|党委|市委|县委|区委|区委会|办事处)$");
    static final Pattern RED_HEADER = Pattern.compile("^([\\p{IsHan}()（）\\s\\u3000]{3,40}?)[\\s\\u3000]*文件$");
    private static final int SIGNATURE_LINES = 3;

    Optional<String> find(List<Line> lines) {
        return signature(lines).or(() -> redHeader(lines));
    }

    private static Optional<String> signature(List<Line> lines) {
        for (Line line : lines) {
            if (DateFinder.isDateLine(line.text())) {
                Optional<String> body = bodyAbove(lines, line.index());
                if (body.isPresent()) {
                    return body;
                }
            }
        }
        return Optional.empty();
    }

    /** The topmost of the body lines stacked right above the date line. */
    private static Optional<String> bodyAbove(List<Line> lines, int dateIndex) {
        String found = null;
        for (int i = dateIndex - 1; i >= 0 && i >= dateIndex - SIGNATURE_LINES; i--) {
            String text = lines.get(i).text();
            if (!isBody(text)) {
                break;
            }
            found = text;
        }
        return Optional.ofNullable(found);
    }

    private static Optional<String> redHeader(List<Line> lines) {
        // RED_HEADER must match the whole line, which must then end with 文件
        return lines.stream().limit(TitleFinder.HEAD_LINES).filter(l -> l.text().endsWith("文件"))
                .map(l -> RED_HEADER.matcher(l.text()))
                .filter(java.util.regex.Matcher::matches).map(m -> m.group(1).strip()).findFirst();
    }

    static boolean isBody(String text) {
        return BODY.matcher(text).matches() && !WebBoilerplate.isPageLine(text);
    }
}
