package org.policykg.extract.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;

/**
 * Reads the targets of one sentence of prose. Chinese plans state a target in one of two orders:
 * the measure first and the value after a verb ("空气质量优良天数比率达到83%以上"), or the value
 * first as a quantity of something ("完成251个村的村庄污水治理工作", "60万亩低质低效林改造").
 * Which order applies is read from the words next to the value.
 */
final class ProseTargetPattern {
    private static final Pattern TAIL = Pattern.compile("^\\s*(以上|以下|左右|以内|之内)");
    private static final Pattern RETENTION = Pattern.compile("(保有量|保护面积|保有率)$");
    private static final int SHORT_LABEL = 4;
    private static final Pattern PAST_STATE = Pattern.compile("(为|是|达到了|实现了|已)$|(为|是)\\s*$");
    private static final Pattern FUTURE = Pattern.compile("到|至|前|力争|确保|争取|努力|计划|目标|将|要");
    private static final Pattern BRACKETED_NOTE = Pattern.compile("[(（][^)）]*[)）]");
    /** "完成退化林修复2000亩": a quantity of work to do is a count to finish, whatever the value before it was. */
    private static final Pattern ACTION = Pattern.compile("完成|新建|建成|新增|创建|改造|治理|修复|整治|淘汰");
    /** 分别, 均, 都: the value holds for each of the measures named before it. */
    private static final Pattern EACH = Pattern.compile("分别|均|都");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    /** Where the sentence sits and what year applies when it names none. */
    /**
     * Where the sentence sits and what year applies when it names none; {@code paragraphLabel} is the
     * measure of the paragraph's last target before the sentence, or null.
     */
    record Context(String sentence, int offset, Integer paragraphYear, Integer documentYear, Integer pastCutoff,
                   String paragraphLabel) {
        Context(String sentence, int offset, Integer paragraphYear, Integer documentYear) {
            this(sentence, offset, paragraphYear, documentYear, null, null);
        }
    }

    private ProseTargetPattern() {
    }

    static List<Target> read(Context ctx) {
        String s = ctx.sentence();
        List<Clause> clauses = Clause.split(s);
        List<NumberMention> mentions = quantities(s, clauses);
        List<Target> out = new ArrayList<>();
        List<Clause> clauseOfTarget = new ArrayList<>();
        BaselineValue baseline = null;
        for (int i = 0; i < mentions.size(); i++) {
            NumberMention m = mentions.get(i);
            Clause clause = clauseOf(clauses, m.start());
            if (ScopeThresholdFilter.reasonToSkip(s, clause, m) != null || QualifyingCount.qualifies(s, clause, mentions, i)) {
                continue;
            }
            String before = s.substring(segmentStart(s, clause, mentions, i), m.start());
            if (m.unit() == null && !isBareValue(before, m)) {
                continue;
            }
            BaselineValue from = BaselineValue.of(before, s.substring(m.end(), clause.end()), m);
            if (from != null) {
                baseline = from;
                continue;
            }
            Target t = target(ctx, clauses, clause, mentions, i, before, out, baseline);
            if (t != null && !isPastStatement(s, m, t, ctx.documentYear())
                    && !PastFigures.isPast(s.substring(0, m.start()), t.year(), ctx.pastCutoff())) {
                Target set = withBaseline(t, baseline);
                List<String> measures = !single(mentions, clause, i) ? List.of(set.indicator())
                        : EACH.matcher(s.substring(clause.start(), m.start())).find() ? SharedLabel.split(set.indicator())
                        : SharedLabel.splitUnmarked(set.indicator());
                for (String label : measures) {
                    out.add(PairedMeasures.relabel(set, label));
                    clauseOfTarget.add(clause);
                }
                baseline = null;
            }
        }
        return pairedByClause(out, clauseOfTarget);
    }

    private static List<Target> pairedByClause(List<Target> targets, List<Clause> clauseOfTarget) {
        List<Target> out = new ArrayList<>();
        int i = 0;
        while (i < targets.size()) {
            int j = i;
            while (j < targets.size() && clauseOfTarget.get(j).equals(clauseOfTarget.get(i))) {
                j++;
            }
            out.addAll(PairedMeasures.pair(targets.subList(i, j)));
            i = j;
        }
        return out;
    }

    /** Whether the value is the only one of its clause (分别 then shares it out, rather than pairing values). */
    private static boolean single(List<NumberMention> mentions, Clause clause, int i) {
        return mentions.stream().filter(x -> clause.contains(x.start())).count() == 1;
    }

    /** "2015年全市森林覆盖率为25.6%": a year before the plan's, stated as a fact, reports the past. */
    private static boolean isPastStatement(String s, NumberMention m, Target t, Integer documentYear) {
        Integer stated = YearResolver.statedBefore(s, m.start());
        String upTo = s.substring(0, m.start());
        return stated != null && documentYear != null && stated < documentYear && t.year().equals(stated)
                && PAST_STATE.matcher(upTo).find() && !FUTURE.matcher(upTo).find();
    }

    private static Target withBaseline(Target t, BaselineValue b) {
        if (b == null) {
            return t;
        }
        return new Target(t.indicator(), t.value(), t.valueText(), t.unit(), t.comparator(), t.year(), b.value(), b.year(),
                t.span(), t.task());
    }

    /** Years, dates and ordinals are dropped first: they neither are targets nor end a label's words. */
    private static List<NumberMention> quantities(String s, List<Clause> clauses) {
        return NumberScanner.scan(s).stream()
                .filter(m -> !ScopeThresholdFilter.isDateOrOrdinal(s, m))
                .filter(m -> !TimeLimit.isTimeLimit(s, m))
                .toList();
    }

    private static Target target(Context ctx, List<Clause> clauses, Clause clause, List<NumberMention> mentions, int i,
                                 String before, List<Target> earlier, BaselineValue baseline) {
        String s = ctx.sentence();
        NumberMention m = mentions.get(i);
        String afterRaw = s.substring(m.end(), clause.end());
        String label = label(s, clauses, clause, mentions, i, before, earlier);
        if (label.isEmpty() && baseline != null) {
            label = baseline.label();
        }
        if (label.isEmpty() && earlier.isEmpty() && ctx.paragraphLabel() != null) {
            label = Milestone.label(before, ctx.paragraphLabel());
        }
        if (label.isEmpty()) {
            return null;
        }
        Comparator comparator = ConcentrationCeiling.adjust(comparator(before, afterRaw, label, m, earlier), before,
                afterRaw, m);
        Integer year = YearResolver.statedBefore(s, m.start());
        if (year == null) {
            year = ctx.paragraphYear() != null ? ctx.paragraphYear() : ctx.documentYear();
        }
        Span span = new Span(ctx.offset() + m.start(), ctx.offset() + m.end());
        String valueText = m.isRange() ? m.written() : m.written() + m.unitText();
        return new Target(label, m.value(), valueText, m.unitText(), comparator, year, null,
                LabelCleaner.baselineYear(before), span, null);
    }

    private static String label(String s, List<Clause> clauses, Clause clause, List<NumberMention> mentions, int i,
                                String before, List<Target> earlier) {
        NumberMention m = mentions.get(i);
        String afterLabel = LabelCleaner.after(afterText(s, clause, mentions, i));
        boolean verbBefore = ComparatorWords.endsWithVerb(before);
        String label;
        if (countsNounBefore(before, afterLabel) && !verbBefore) {
            label = LabelCleaner.trim(before.strip());
        } else if (verbBefore) {
            label = LabelCleaner.before(before);
            if (before.strip().endsWith("实现") && !afterLabel.isEmpty()) {
                label = label + afterLabel;
            }
        } else if (!afterLabel.isEmpty()) {
            label = afterLabel;
        } else {
            label = sharedNoun(s, clause, mentions, i, before);
        }
        if (label.isEmpty()) {
            label = earlier.isEmpty() ? previousClause(s, clauses, clause) : earlier.get(earlier.size() - 1).indicator();
        } else if (afterLabel.isEmpty() || verbBefore) {
            label = completeShortLabel(label, m, earlier);
        }
        return label;
    }

    /**
     * "列为重点村的140个村": the value counts the noun written before it, which the word after the
     * value only repeats by its head (村).
     */
    private static boolean countsNounBefore(String before, String afterLabel) {
        String b = before.strip();
        if (!b.endsWith("的") || afterLabel.isEmpty()) {
            return false;
        }
        String noun = b.substring(0, b.length() - 1);
        String tail = noun.substring(Math.max(0, noun.length() - 2));
        return tail.indexOf(afterLabel.charAt(0)) >= 0;
    }

    /** "新辟4条、优化调整8条公交线路": the noun after the last value is shared by the values before it. */
    private static String sharedNoun(String s, Clause clause, List<NumberMention> mentions, int i, String before) {
        String own = LabelCleaner.before(before);
        NumberMention m = mentions.get(i);
        boolean listed = s.substring(tailEnd(s, m), clause.end()).startsWith("、");
        if (!listed || i + 1 >= mentions.size() || !clause.contains(mentions.get(i + 1).start())) {
            return own;
        }
        String noun = LabelCleaner.after(afterText(s, clause, mentions, i + 1));
        return noun.isEmpty() ? own : own + noun;
    }

    /**
     * A label of a few characters continues the one before it in the sentence: "市区…覆盖率达到55%，
     * 县(市)城区达到35%" names another place, "发现率100%、拆除率100%" another rate of the same thing.
     */
    private static String completeShortLabel(String label, NumberMention m, List<Target> earlier) {
        String bare = BRACKETED_NOTE.matcher(label).replaceAll("");
        if (bare.length() > SHORT_LABEL || earlier.isEmpty()) {
            return label;
        }
        Target previous = earlier.get(earlier.size() - 1);
        if (!previous.unit().equals(m.unitText())) {
            return label;
        }
        String p = previous.indicator();
        char last = label.charAt(label.length() - 1);
        if (!isMeasureEnding(last)) {
            return PlaceWords.isPlace(label) ? label + PlaceWords.stripLeadingPlace(p) : label;
        }
        if (p.charAt(p.length() - 1) != last) {
            return p + label;
        }
        String subject = p.substring(0, Math.max(0, p.length() - label.length()));
        return subject.length() >= SHORT_LABEL ? subject + label : label;
    }

    /** "不断提高畜禽养殖粪便综合利用率，到2019年达到70%以上": the measure is in the clause before. */
    private static String previousClause(String s, List<Clause> clauses, Clause clause) {
        int k = clauses.indexOf(clause);
        for (int j = k - 1; j >= 0; j--) {
            Clause c = clauses.get(j);
            String text = LabelCleaner.before(s.substring(c.start(), c.end()));
            if (!text.isEmpty() && !HAS_DIGIT.matcher(text).matches()) {
                return text;
            }
        }
        return "";
    }

    private static Comparator comparator(String before, String after, String label, NumberMention m,
                                         List<Target> earlier) {
        Comparator c = ComparatorWords.of(before, after);
        if (PairedMeasures.isListed(before) && !earlier.isEmpty() && earlier.get(earlier.size() - 1).comparator().isChange()) {
            c = earlier.get(earlier.size() - 1).comparator();
        }
        if (c == null && !earlier.isEmpty() && LabelCleaner.trim(before).length() <= SHORT_LABEL + 6
                && !ACTION.matcher(before).find()) {
            c = earlier.get(earlier.size() - 1).comparator();
        }
        if (c == null && RETENTION.matcher(label).find()) {
            c = Comparator.GE;
        }
        if (c == null) {
            c = "%".equals(m.unitText()) ? Comparator.GE : Comparator.EQ;
        }
        return c;
    }

    /** A number without a unit (0.6963) is a target only when a verb sets it and it is not a year. */
    private static boolean isBareValue(String before, NumberMention m) {
        boolean yearLike = m.value().scale() == 0 && m.value().compareTo(BigDecimal.valueOf(1900)) >= 0
                && m.value().compareTo(BigDecimal.valueOf(2100)) <= 0;
        return !yearLike && ComparatorWords.endsWithVerb(before);
    }

    /** The label of a value starts after the previous value of its clause (and that value's 以上/左右). */
    private static int segmentStart(String s, Clause clause, List<NumberMention> mentions, int i) {
        if (i > 0 && clause.contains(mentions.get(i - 1).start())) {
            return Math.max(clause.start(), tailEnd(s, mentions.get(i - 1)));
        }
        return clause.start();
    }

    /** Text after the value up to the next value of the clause, stopping at the 、 that lists it. */
    private static String afterText(String s, Clause clause, List<NumberMention> mentions, int i) {
        int from = Math.min(tailEnd(s, mentions.get(i)), clause.end());
        int to = clause.end();
        if (i + 1 < mentions.size() && clause.contains(mentions.get(i + 1).start())) {
            int next = mentions.get(i + 1).start();
            int listed = s.lastIndexOf('、', next);
            to = listed >= from ? listed : next;
        }
        return s.substring(from, Math.max(from, to));
    }

    private static int tailEnd(String s, NumberMention m) {
        var tail = TAIL.matcher(s).region(m.end(), s.length());
        return tail.lookingAt() ? tail.end() : m.end();
    }

    private static Clause clauseOf(List<Clause> clauses, int offset) {
        for (Clause c : clauses) {
            if (c.contains(offset)) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }

    private static boolean isMeasureEnding(char c) {
        return "率例重量度值数积比幅".indexOf(c) >= 0;
    }
}
