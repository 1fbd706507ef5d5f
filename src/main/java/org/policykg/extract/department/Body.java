package org.policykg.extract.department;

import java.util.Set;

/**
 * One responsible body of a place, however the documents name it.
 *
 * @param key       identity within all places: place + "/" + the name in full without the place (南通市/环境保护局)
 * @param place     the place of the documents that name it (南通市, 嘉兴港区)
 * @param prefLabel the canonical name: the place's name followed by the full form (南通市环境保护局), or the
 *                  full form alone when the name states a place of its own (平湖市气象局)
 * @param altLabels every name the documents used for it (市环保局, 环保局, 南通市环境保护局 …)
 */
public record Body(String key, String place, String prefLabel, Set<String> altLabels) {
}
