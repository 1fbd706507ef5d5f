package org.policykg.extract.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;
import org.policykg.structure.LiteralAlternation;

/**
 * Reads the targets of one sentence of prose. Chinese plans state a target in one of two orders:
 * the measure first and the value after a verb ("空气质量优良天数比率达到83%以上"), or the value
 * first as a quantity of something ("完成251个村的村庄污水治理工作", "60万亩低质低效林改造").
 * Which order applies is read from the words next to the value, by the {@link TargetRule}s listed here;
 * this class keeps what holds for every target: which numbers are values, baselines, past figures,
 * the year, and 分别 sharing a value out.
 */
final class ProseTargetReader {
    private static final Pattern PAST_STATE = Pattern.compile("(为|是|达到了|实现了|已)$|(为|是)\\s*$");
    private static final Pattern FUTURE = Pattern.compile("到|至|前|力争|确保|争取|努力|计划|目标|将|要");
    /** 分别, 均, 都: the value holds for each of the measures named before it. */
    private static final LiteralAlternation EACH = new LiteralAlternation("分别", "均", "都");

    /**
     * A value's own words name its measure: the first rule whose form is written there decides, so the
     * surer forms come first; {@link ListedQuantities} reads every value left.
     */
    private static final List<TargetRule<String>> OWN_MEASURE = List.of(
            new CountedNounMeasure(), new MeasureBeforeVerb(), new QuantityOfNoun(), new ListedQuantities());
    /** Where its own words name none, the measure carries over from the sentence or the paragraph. */
    private static final List<TargetRule<String>> CARRIED_MEASURE = List.of(
            new EarlierTargetMeasure(), new PreviousClauseMeasure(), new BaselineMeasure(), new Milestone());
    /** How the value bounds its measure; {@link UnitDefault} always answers. */
    private static final List<TargetRule<Comparator>> COMPARATOR = List.of(
            new ListedChange(), new ComparatorWords(), new CarriedComparator(), new RetentionFloor(), new UnitDefault());

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

    private ProseTargetReader() {
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
                        : EACH.occursIn(s, clause.start(), m.start()) ? SharedLabel.split(set.indicator())
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
        int inClause = 0;
        for (NumberMention x : mentions) {
            inClause += clause.contains(x.start()) ? 1 : 0;
        }
        return inClause == 1;
    }

    /**
     * "2015年全市森林覆盖率为25.6%": a year before the plan's, stated as a fact, reports the past. The target's
     * year is the stated one where there is one, so a target for the plan's year or later (most) cannot be
     * one: that is asked first, and the sentence searched for its year only where it can be.
     */
    private static boolean isPastStatement(String s, NumberMention m, Target t, Integer documentYear) {
        if (documentYear == null || t.year() == null || t.year() >= documentYear) {
            return false;
        }
        Integer stated = YearResolver.statedBefore(s, m.start());
        if (stated == null || !t.year().equals(stated)) {
            return false;
        }
        String upTo = s.substring(0, m.start());
        return PAST_STATE.matcher(upTo).find() && !FUTURE.matcher(upTo).find();
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
        ValueSite site = ValueSite.of(ctx, clauses, clause, mentions, i, before, earlier, baseline);
        String label = TargetRule.first(OWN_MEASURE, site).orElse("");
        if (label.isEmpty()) {
            label = TargetRule.first(CARRIED_MEASURE, site).orElse("");
        }
        if (label.isEmpty()) {
            return null;
        }
        NumberMention m = site.value();
        Comparator comparator = ConcentrationCeiling.adjust(
                TargetRule.first(COMPARATOR, site.withMeasure(label)).orElseThrow(), before, site.afterValue(), m);
        Integer year = YearResolver.statedBefore(ctx.sentence(), m.start());
        if (year == null) {
            year = ctx.paragraphYear() != null ? ctx.paragraphYear() : ctx.documentYear();
        }
        Span span = new Span(ctx.offset() + m.start(), ctx.offset() + m.end());
        String valueText = m.isRange() ? m.written() : m.written() + m.unitText();
        return new Target(label, m.value(), valueText, m.unitText(), comparator, year, null,
                LabelCleaner.baselineYear(before), span, null);
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
            return Math.max(clause.start(), ValueSite.tailEnd(s, mentions.get(i - 1)));
        }
        return clause.start();
    }

    private static Clause clauseOf(List<Clause> clauses, int offset) {
        for (Clause c : clauses) {
            if (c.contains(offset)) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }
}
