package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes one body under its several names within a place: in Nantong's documents 市环保局,
 * 市环境保护局, 南通市环境保护局 and 环保局 are one body, while 环保局 in another city's documents is
 * another. A name is reduced to a key by dropping the place's own qualifier (南通市, 南通, 市; 嘉兴港区,
 * 港区, 区) and writing abbreviations in full; names with the same key in the same place are one body.
 * A qualifier naming another place (平湖市气象局 in a 嘉兴港区 document) stays in the key.
 */
public final class BodyNames {
    /** Words that begin with a level character without being a qualifier: 市场监管局 is not 场监管局 of the 市. */
    private static final Pattern LEVEL_WORD = Pattern.compile("^(市场|市政|市委|市民|市容|区域|县域)");

    /** A name that begins with a place of its own (平湖市, 嘉兴市), not with a word like 市场. */
    private static final Pattern OWN_PLACE = Pattern.compile("^[\\u4e00-\\u9fff]{2,6}?(省|市|县|区)(?!场|政|委|民|容|域)");
    /** A district that is a zone of its city rather than a county-level area. */
    private static final Pattern ZONE = Pattern.compile("(?:经济技术|高新技术|经济)?(港区|开发区|新区|园区|高新区)$");
    private static final Pattern COMMITTEE = Pattern.compile("^[市区县]委.*");

    private final DepartmentAliases aliases;
    private final Map<String, Body> bodies = new LinkedHashMap<>();

    public BodyNames() {
        this(new DepartmentAliases());
    }

    public BodyNames(DepartmentAliases aliases) {
        this.aliases = aliases;
    }

    /** The body a document governing {@code place} (南通市, 嘉兴港区) means by {@code name}; remembered with the name. */
    public Body resolve(String name, String place) {
        String key = place + "/" + aliases.expand(withoutPlace(name.strip(), place));
        Body known = bodies.get(key);
        LinkedHashSet<String> labels = new LinkedHashSet<>(known == null ? List.of() : known.altLabels());
        labels.add(name.strip());
        Body body = new Body(key, place, prefLabel(key, place), Set.copyOf(labels));
        bodies.put(key, body);
        return body;
    }

    /** Every body resolved so far, in the order first seen. */
    public Collection<Body> bodies() {
        return List.copyOf(bodies.values());
    }

    /** The place's name and the full form; a name that states its own place keeps it (平湖市气象局). */
    private static String prefLabel(String key, String place) {
        String rest = key.substring(place.length() + 1);
        if (OWN_PLACE.matcher(rest).find()) {
            return rest;
        }
        // 市委办 of 南通市 is 南通市委办: the committee's 市 is the place's.
        boolean committee = COMMITTEE.matcher(rest).matches() && rest.charAt(0) == place.charAt(place.length() - 1);
        return (committee ? place.substring(0, place.length() - 1) : place) + rest;
    }

    /** The name without a leading qualifier that designates the place itself. */
    String withoutPlace(String name, String place) {
        for (String q : qualifiers(place)) {
            if (name.startsWith(q) && name.length() > q.length() + 1 && !startsWithLevelWord(name, q)) {
                return name.substring(q.length());
            }
        }
        return name;
    }

    private static boolean startsWithLevelWord(String name, String qualifier) {
        return qualifier.length() == 1 && LEVEL_WORD.matcher(name).find();
    }

    /**
     * Ways a document writes its own place, longest first: the full name (嘉兴港区), without the city stem
     * (港区), without the level (南通), the bare level (市, 区, 县).
     */
    static List<String> qualifiers(String place) {
        List<String> out = new ArrayList<>();
        out.add(place);
        var zone = ZONE.matcher(place);
        if (zone.find()) {
            // 嘉兴港区 is written 港区, 南通经济技术开发区 开发区: the zone without its city.
            out.add(place.substring(zone.start()));
            out.add(zone.group(1));
        } else if (place.length() > 2) {
            out.add(place.substring(0, place.length() - 1));
        }
        out.add(place.substring(place.length() - 1));
        out.sort((a, b) -> b.length() - a.length());
        return out.stream().distinct().toList();
    }
}
