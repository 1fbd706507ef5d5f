package org.policykg.extract.citation.relation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verb that governs a mention: the last verb of the clause before it, where a verb followed by
 * 的 only describes the document (市政府印发的《A》) and is passed over. Example: in
 * 制定落实《A》的措施 the verb is 落实 (the measures are drafted, 《A》 is carried out); in
 * 按照市委印发的《A》 it is 按照.
 *
 * @param kind     what the verb says of the cited document, or null when the clause has none
 * @param verb     the verb as written
 * @param achieved whether the clause marks it done (已出台, 先后制定, 出台了): then it is background
 */
public record VerbBefore(Kind kind, String verb, boolean achieved) {
    public enum Kind {
        /** The cited document is to be written: 出台, 制定, 编制, 修订 … */
        DRAFT,
        /** The cited document is the ground: 根据, 依据, 遵照 … */
        GROUND,
        /** The cited document is carried out: 贯彻, 落实, 执行, 按照 … */
        CARRY
    }

    private static final Pattern VERBS = Pattern.compile(
            "(?<draft>研究出台|研究制定|出台|制定|制订|编制|编写|修订|修编|修改|起草|拟定|拟订|颁布)"
                    + "|(?<ground>根据|依据|遵照|遵循|依照)"
                    + "|(?<carry>贯彻|落实|执行|实施|按照|对照|参照|遵守|完成|推进|推动|对标|衔接|落地)");
    /** Marks of a deed already done, just before the verb. */
    private static final Pattern DONE_BEFORE = Pattern.compile("(已经?|业已|先后|相继|均已|陆续|曾)[^□]{0,3}$");

    public static VerbBefore in(String before) {
        Matcher m = VERBS.matcher(before);
        VerbBefore last = new VerbBefore(null, null, false);
        while (m.find()) {
            String next = before.substring(m.end(), Math.min(before.length(), m.end() + 1));
            if (next.equals("的")) {
                continue;
            }
            Kind kind = m.group("draft") != null ? Kind.DRAFT : m.group("ground") != null ? Kind.GROUND : Kind.CARRY;
            boolean done = next.equals("了") || DONE_BEFORE.matcher(before.substring(0, m.start())).find();
            last = new VerbBefore(kind, m.group(), done);
        }
        return last;
    }

    public boolean is(Kind k) {
        return kind == k;
    }
}
