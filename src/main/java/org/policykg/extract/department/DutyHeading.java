package org.policykg.extract.department;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading that names the body whose duties follow: (八)县经济局主要工作任务: / 三、市生态环境局工作职责.
 * Every task below it is that body's (it leads), and a line of the part that only lists bodies
 * (协助单位:交通局、县城管监察大队) names who helps with all of them.
 */
final class DutyHeading {
    private static final Pattern DUTIES = Pattern.compile(
            "^(.{2,24}?)(?:的)?(?:主要)?(?:工作)?(?:任务|职责|工作任务|工作职责|职责分工|责任分工|责任清单)[:：]?$");

    /** The body the heading gives the duties of, if it is such a heading. */
    Optional<String> bodyOf(String heading) {
        String line = heading.strip();
        // matches() must end the line with 任务/职责/…分工/…清单 and an optional colon
        if (line.isEmpty() || "务责工单:：".indexOf(line.charAt(line.length() - 1)) < 0) {
            return Optional.empty();
        }
        Matcher m = DUTIES.matcher(line);
        return m.matches() && BodyShape.isProseName(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }
}
