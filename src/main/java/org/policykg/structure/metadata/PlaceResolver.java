package org.policykg.structure.metadata;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policykg.structure.LiteralAlternation;
import org.policykg.structure.number.DocumentNumber;
import org.policykg.structure.number.IssuerCodes;
import org.policykg.vocab.PlaceVocabulary;
import org.policykg.vocab.Place;

/**
 * Works out where a document applies, most specific first. What the document says of itself decides:
 * a place of the vocabulary in its title or issuer; then a general XX市/XX区 in them (a city nobody
 * listed yet); then the place behind its own 发文字号's prefix; last, the place its body names most,
 * at the level it speaks of itself (我区 → a district, 我市 → a city). Text inside 《》 names the places
 * of cited documents, so it is not counted.
 */
final class PlaceResolver {
    private static final Pattern GENERAL = Pattern.compile(
            "(?:中共)?([\\p{IsHan}]{2,4}?省)?([\\p{IsHan}]{2,4}?市)([\\p{IsHan}]{2,8}?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|新区|港区|区|县))?");
    private static final Pattern QUOTED = Pattern.compile("《[^》]*》");
    /** How a body speaks of a district, and of a city: words counted as an alternation of them would be found. */
    static final LiteralAlternation SPEAKS_AS_DISTRICT = new LiteralAlternation("我区", "本区", "全区", "港区", "开发区", "园区", "我县", "全县");
    static final LiteralAlternation SPEAKS_AS_CITY = new LiteralAlternation("我市", "本市", "全市");

    private final PlaceVocabulary places;
    private final IssuerCodes issuerCodes;
    /**
     * The vocabulary's text labels in its order, each with the one place it names: looked up once here
     * rather than for every document (a label naming no place or several counts for nothing either way).
     */
    private final List<Labelled> labelled;

    /**
     * For each character a label starts with, the positions in {@link #labelled} of the labels starting with it,
     * ascending: a text holds a label only where the label's first character stands, so the labels worth
     * asking about are those of the text's characters, taken in the order of {@link #labelled}.
     */
    private final Map<Character, int[]> byFirstChar = new HashMap<>();
    /** {@link #labelled} of each level, each in the order of {@link #labelled}. */
    private final Map<String, List<Labelled>> byLevel;

    private record Labelled(String label, PlaceVocabulary.Entry entry) {
    }

    PlaceResolver(PlaceVocabulary places, IssuerCodes issuerCodes) {
        this.places = places;
        this.issuerCodes = issuerCodes;
        this.labelled = places.textLabels().stream()
                .flatMap(label -> places.byLabel(label).map(e -> new Labelled(label, e)).stream()).toList();
        Map<Character, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < labelled.size(); i++) {
            positions.computeIfAbsent(labelled.get(i).label().charAt(0), c -> new ArrayList<>()).add(i);
        }
        positions.forEach((c, list) -> byFirstChar.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byLevel = labelled.stream().collect(Collectors.groupingBy(l -> l.entry().level(), Collectors.toList()));
    }

    Optional<Place> resolve(List<String> ownNames, String ownNumber, Supplier<String> body) {
        for (String name : ownNames) {
            Optional<Place> p = mostSpecific(name);
            if (p.isPresent()) {
                return p;
            }
        }
        for (String name : ownNames) {
            Optional<Place> p = general(name);
            if (p.isPresent()) {
                return p;
            }
        }
        return fromNumber(ownNumber).or(() -> fromBody(body.get()));
    }

    /**
     * The first of the highest-ranked places named. A place's rank is its entry's level (toPlace keeps it), so
     * entries are ranked and only the one chosen is made a Place: the same Place as making each and keeping the best.
     */
    Optional<Place> mostSpecific(String text) {
        PlaceVocabulary.Entry best = null;
        BitSet candidates = candidates(text);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Labelled l = labelled.get(i);
            if (text.contains(l.label()) && (best == null || rank(l.entry().level()) > rank(best.level()))) {
                best = l.entry();
            }
        }
        return Optional.ofNullable(best).map(places::toPlace);
    }

    /** Positions in {@link #labelled} of the labels starting with a character of the text. */
    private BitSet candidates(String text) {
        BitSet candidates = new BitSet(labelled.size());
        for (int i = 0; i < text.length(); i++) {
            int[] starting = byFirstChar.get(text.charAt(i));
            if (starting != null) {
                for (int k : starting) {
                    candidates.set(k);
                }
            }
        }
        return candidates;
    }

    private static int rank(String level) {
        return switch (level) {
            case "district" -> 3;
            case "municipal" -> 2;
            case "provincial" -> 1;
            default -> 0;
        };
    }

    /** XX市 (and a district after it) in a place nobody listed: kept as written, province if given. */
    private static Optional<Place> general(String text) {
        Matcher m = GENERAL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String city = m.group(2);
        String district = m.group(3) == null ? null : city + m.group(3);
        return Optional.of(new Place(district == null ? city : district, city, m.group(1),
                district == null ? "municipal" : "district"));
    }

    private Optional<Place> fromNumber(String ownNumber) {
        return Optional.ofNullable(ownNumber).flatMap(DocumentNumber::parse)
                .map(n -> issuerCodes.lookup(n.prefix())).filter(IssuerCodes.Issuer::known)
                .flatMap(i -> places.byName(i.place())).map(places::toPlace);
    }

    private Optional<Place> fromBody(String body) {
        // every QUOTED match starts with 《: a body without one is left as it is
        String own = body.indexOf('《') < 0 ? body : QUOTED.matcher(body).replaceAll("");
        String level = SPEAKS_AS_DISTRICT.count(own) > SPEAKS_AS_CITY.count(own) ? "district" : "municipal";
        Map<String, Integer> counts = new HashMap<>();
        BitSet present = charsOf(own);
        // the labels of the level in their order: the others were passed over, adding nothing
        for (Labelled l : byLevel.getOrDefault(level, List.of())) {
            // a label with a character the body lacks occurs in it 0 times, which adds nothing
            if (allIn(l.label(), present)) {
                int n = countOf(own, l.label());
                if (n > 0) {
                    counts.merge(l.entry().name(), n, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(e -> places.byName(e.getKey())).map(places::toPlace);
    }

    private static BitSet charsOf(String text) {
        BitSet present = new BitSet(Character.MAX_VALUE + 1);
        for (int i = 0; i < text.length(); i++) {
            present.set(text.charAt(i));
        }
        return present;
    }

    private static boolean allIn(String label, BitSet present) {
        for (int i = 0; i < label.length(); i++) {
            if (!present.get(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int countOf(String text, String label) {
        int n = 0;
        for (int i = text.indexOf(label); i >= 0; i = text.indexOf(label, i + label.length())) {
            n++;
        }
        return n;
    }
}
