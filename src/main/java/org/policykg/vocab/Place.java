package org.policykg.vocab;

/**
 * Where a document applies: a district (开发区, 港区, 县, 区) within a city, or a city itself.
 *
 * @param name     the most specific place, e.g. 嘉兴港区 or 赣州市
 * @param city     the prefecture-level city, e.g. 嘉兴市
 * @param province the province, e.g. 浙江省 (null when unknown)
 * @param level    "district" or "municipal" (or "provincial", "national")
 */
public record Place(String name, String city, String province, String level) {
}
