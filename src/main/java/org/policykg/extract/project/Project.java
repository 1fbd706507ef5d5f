package org.policykg.extract.project;

import java.math.BigDecimal;

import org.policykg.normalize.Span;

/**
 * A project (工程项目) the plan lists.
 *
 * @param name            the project's name as written (Simplified)
 * @param content         what is to be built or done (建设内容), or empty
 * @param investment      planned investment in 万元 ("1500万元" → 1500, "1.2亿元" → 12000), null when not given (—)
 * @param responsibleBody the body or bodies responsible as written (区环保局、经发局), or empty
 * @param deadline        when it is to be finished as written (2018年底), or empty
 * @param category        the group of projects it is listed under (项目类别), or empty
 * @param span            where the project's row or sentence is in the source
 */
public record Project(String name, String content, BigDecimal investment, String responsibleBody, String deadline,
                      String category, Span span) {
}
