package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.extract.pattern.EndChars;

/**
 * Duty lists (责任清单, 职责分工) head each part with a body and list its duties below:
 * "二、市生态环境局 / 负责…统一监督管理，会同市水利局实施…". A paragraph that opens with a duty verb
 * under a heading that is only a body's name is that body's task: the body leads, and bodies it
 * works with (会同…) support.
 */
final class HeadingBody {
    static final Pattern DUTY = Pattern.compile("^[\\s\\u3000]*(负责|牵头|承担|主管|组织|指导|统筹)");
    /** The first characters of DUTY's verbs. */
    private static final String DUTY_FIRSTS = "负牵承主组指统";
    private static final Pattern TOGETHER = Pattern.compile("会同((?:[^，,。；;：:（()）\\n]|[（(][^（()）\\n]{1,12}[)）]){2,60}?)"
            + "(?=实施|开展|推进|做好|组织|落实|制定|编制|建立|加强|完善|[，,。；;])");

    /**
     * {@code DUTY.matcher(task).find()}: DUTY starts with ^ (no MULTILINE) and blanks, so a match needs the first
     * character that is no blank of {@code [\s\u3000]} to start one of its verbs; only then is the regex run.
     */
    static boolean opensWithDuty(String task) {
        int i = 0;
        while (i < task.length() && (EndChars.ASCII_BLANKS.indexOf(task.charAt(i)) >= 0 || task.charAt(i) == '\u3000')) {
            i++;
        }
        return i < task.length() && DUTY_FIRSTS.indexOf(task.charAt(i)) >= 0 && DUTY.matcher(task).find();
    }

    /** The heading's body as lead of {@code task}, or nothing when the heading is not a body or the task no duty. */
    List<Mention> find(String heading, String task) {
        String name = heading.strip();
        if (!opensWithDuty(task) || !BodyShape.isProseName(name)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        out.add(new Mention(name, Role.LEAD, -1));
        Matcher m = TOGETHER.matcher(task);
        while (m.find()) {
            List<NameList.Item> items = NameList.split(m.group(1));
            if (items.stream().allMatch(i -> BodyShape.isProseName(i.name()))) {
                items.forEach(i -> out.add(new Mention(i.name(), Role.SUPPORT, m.start(1) + i.offset())));
            }
        }
        return out;
    }
}
