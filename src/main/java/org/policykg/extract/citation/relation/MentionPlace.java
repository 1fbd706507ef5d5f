package org.policykg.extract.citation.relation;

/**
 * Where in the document a mention stands, which decides what a plain verb means: 落实《A》 in the
 * preamble is why the plan exists (basis), inside a task it is work to do (implements).
 */
public enum MentionPlace {
    /** Before the first heading: 为贯彻落实《A》，制定本方案。 */
    PREAMBLE,
    /** Under a heading that states principles or aims (指导思想, 总体要求, 工作目标). */
    GUIDING,
    /** Under a heading that reviews the past (工作基础, 现状, 主要成效). */
    BACKGROUND,
    /** Anywhere else: a task, a measure, a safeguard. */
    TASK
}
