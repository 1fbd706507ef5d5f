package org.policykg.structure.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.policykg.normalize.Span;
import org.policykg.vocab.Place;

/**
 * What a document says about itself. Text values are in Simplified script (the normalized text);
 * spans point at where each was read, so the original wording can be quoted.
 *
 * @param title       the document's own title, without 《》 (never null)
 * @param titleSpan   where the title was read
 * @param number      its own 发文字号 in canonical form (机关代字〔year〕N号), or null
 * @param issuer      the issuing body as written (e.g. 南通市经济技术开发区管理委员会), or null
 * @param date        date of issue, or null
 * @param documentType 通知, 方案, 要点, 任务书, 意见, 规划 …, or null
 * @param periodStart first year of the plan period, or null
 * @param periodEnd   last (target) year of the plan period, or null
 * @param place       the city or district the document governs, or null when it cannot be told
 * @param noticeTitle when the document is a 关于印发《X》的通知, the notice's own title (then {@code title} is X,
 *                    the content the notice carries); null otherwise. Both are the document itself.
 * @param warnings    what a reader should know about how this was read (a text without a title line is
 *                    titled from its first heading or file name: the warning says so and names what else
 *                    the text does not say); empty for a document that states its own title
 */
public record DocumentMetadata(String title, Span titleSpan, String number, String issuer, LocalDate date,
                               String documentType, Integer periodStart, Integer periodEnd, Place place,
                               String noticeTitle, List<String> warnings) {

    public DocumentMetadata {
        warnings = List.copyOf(warnings);
    }

    public DocumentMetadata(String title, Span titleSpan, String number, String issuer, LocalDate date,
                            String documentType, Integer periodStart, Integer periodEnd, Place place,
                            String noticeTitle) {
        this(title, titleSpan, number, issuer, date, documentType, periodStart, periodEnd, place, noticeTitle, List.of());
    }

    /** Without a notice wrapper; keeps the original nine-field form working. */
    public DocumentMetadata(String title, Span titleSpan, String number, String issuer, LocalDate date,
                            String documentType, Integer periodStart, Integer periodEnd, Place place) {
        this(title, titleSpan, number, issuer, date, documentType, periodStart, periodEnd, place, null);
    }

    /** Every title the document goes by: its own and, if it has one, its notice's. */
    public List<String> selfTitles() {
        return noticeTitle == null ? List.of(title) : List.of(title, noticeTitle);
    }

    public Optional<String> numberOpt() {
        return Optional.ofNullable(number);
    }
}
