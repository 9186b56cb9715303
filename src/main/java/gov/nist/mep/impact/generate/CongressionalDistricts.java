package gov.nist.mep.impact.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The synthetic congressional districts of the generated extract and their ZIP codes. The number of districts per
 * state is the real apportionment after the 2020 census (435 voting seats; AK, DE, ND, SD, VT and WY at large; a
 * non-voting delegate for DC and for PR), for the 118th Congress. Everything else is made up, so that no real
 * business sits at a real address:
 *
 * <ul>
 * <li>ZIP codes are synthetic: the states in order of their USPS codes (AK, AL, AR, AZ, CA, ..., WY) own blocks of a
 * thousand codes, {@code 00000-00999} for AK, {@code 01000-01999} for AL and so on ({@code 51000-51999} for WY). This
 * is not the USPS's assignment; a code means nothing outside this extract.</li>
 * <li>District {@code n} of a state owns the codes {@code 10(n-1)} to {@code 10(n-1)+5} of its state's block; code
 * {@code 10(n-1)+6} is shared with district {@code n+1} (the crosswalk splits it by business shares, sometimes
 * equally, a tie), every seventh of those also with district {@code n+2} in thirds. Codes from {@code 900} of a block
 * are in no district (a client with one is in "district unknown").</li>
 * <li>Districts differ in manufacturing: each has a weight drawn from a lognormal distribution, so a few have so few
 * clients that their survey figures are suppressed. A state's centers serve mostly the districts of their region (the
 * state's districts are split among its centers in proportion to their activity).</li>
 * </ul>
 */
final class CongressionalDistricts {

    static final int CONGRESS = 118;
    static final String HEADER_LINE = "zip,district,business_share,congress";
    static final List<String> HEADER = List.of("zip", "district", "business_share", "congress");

    /** Voting seats after the 2020 census; 0 for a non-voting delegate. */
    private static final Map<String, Integer> SEATS = seats();
    /** A neighbour across a state line, where a client of the state's centers sometimes is. */
    private static final Map<String, String> NEIGHBOUR = neighbours();

    private static final int BLOCK = 1000;
    private static final int CODES_PER_DISTRICT = 10;
    private static final int OWN_CODES = 6;
    private static final int FIRST_UNASSIGNED = 900;
    private static final double DISTRICT_WEIGHT_SIGMA = 1.1;
    private static final double OWN_REGION_SHARE = 0.85;

    /** Per mille of clients: blank ZIP, malformed, not in the crosswalk, in a neighbouring state. */
    static final int BLANK = 10;
    static final int MALFORMED = 5;
    static final int NOT_IN_CROSSWALK = 5;
    static final int OTHER_STATE = 10;

    private final List<String> states;
    private final Map<String, double[]> weightsByState = new TreeMap<>();
    private final Map<String, double[]> cumulativeByCenter = new TreeMap<>();

    CongressionalDistricts(long seed, List<CenterProfile> centers) {
        this.states = List.copyOf(new TreeMap<>(SEATS).keySet());
        for (String state : states) {
            SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, 0x44495354L, states.indexOf(state)));
            double[] weights = new double[districts(state)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Draws.lognormal(random, 1.0, DISTRICT_WEIGHT_SIGMA);
            }
            weightsByState.put(state, weights);
        }
        Map<String, List<CenterProfile>> byState = new TreeMap<>();
        centers.forEach(c -> byState.computeIfAbsent(c.state(), s -> new ArrayList<>()).add(c));
        byState.forEach((state, list) -> {
            list.sort(Comparator.comparing(CenterProfile::centerId));
            double total = list.stream().mapToDouble(CenterProfile::activityWeight).sum();
            double[] weights = weightsByState.get(state);
            double before = 0;
            for (CenterProfile c : list) {
                // the center's region: the districts whose position falls in its share of the state
                double from = before / total;
                double to = (before + c.activityWeight()) / total;
                before += c.activityWeight();
                double[] own = new double[weights.length];
                for (int i = 0; i < weights.length; i++) {
                    double middle = (i + 0.5) / weights.length;
                    boolean inRegion = list.size() == 1 || middle >= from && middle < to;
                    own[i] = weights[i] * (inRegion ? OWN_REGION_SHARE : 1 - OWN_REGION_SHARE);
                }
                cumulativeByCenter.put(c.centerId(), cumulative(own));
            }
        });
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    /** The districts of a state: its voting seats, or one for an at-large seat or a delegate. */
    static int districts(String state) {
        return Math.max(1, SEATS.get(state));
    }

    /** The code of district {@code index} (0-based) of a state: OH-09, WY-AL, DC-DL. */
    static String code(String state, int index) {
        int seats = SEATS.get(state);
        if (seats == 0) {
            return state + "-DL";
        }
        return seats == 1 ? state + "-AL" : String.format(Locale.ROOT, "%s-%02d", state, index + 1);
    }

    private String zip(String state, int local) {
        return String.format(Locale.ROOT, "%05d", states.indexOf(state) * BLOCK + local);
    }

    /**
     * The ZIP code of a client of this center: usually in one of the districts of the center's region, sometimes in
     * another district of its state, in a neighbouring state, blank, malformed or outside every district.
     */
    String zipFor(CenterProfile center, SplittableRandom random) {
        int kind = random.nextInt(1000);
        String state = center.state();
        if (kind < BLANK) {
            return "";
        }
        if (kind < BLANK + NOT_IN_CROSSWALK) {
            return zip(state, FIRST_UNASSIGNED + random.nextInt(BLOCK - FIRST_UNASSIGNED));
        }
        boolean malformed = kind < BLANK + NOT_IN_CROSSWALK + MALFORMED;
        int district;
        if (kind < BLANK + NOT_IN_CROSSWALK + MALFORMED + OTHER_STATE && !malformed) {
            state = NEIGHBOUR.getOrDefault(state, state);
            district = random.nextInt(districts(state));
        } else {
            double[] cumulative = cumulativeByCenter.get(center.centerId());
            double draw = random.nextDouble() * cumulative[cumulative.length - 1];
            district = 0;
            while (district < cumulative.length - 1 && cumulative[district] <= draw) {
                district++;
            }
        }
        // one of the district's own codes, or the code it shares with the next district
        boolean shared = district < districts(state) - 1 && random.nextInt(OWN_CODES + 1) == 0;
        int local = district * CODES_PER_DISTRICT + (shared ? OWN_CODES : random.nextInt(OWN_CODES));
        String zip = zip(state, local);
        if (malformed) {
            // as spreadsheets write it: a leading zero lost, or a ZIP+4
            return zip.startsWith("0") ? zip.substring(1) : zip + "-" + String.format(Locale.ROOT, "%04d",
                    random.nextInt(10_000));
        }
        return zip;
    }

    /** The crosswalk rows, by ZIP code then district. */
    List<List<String>> crosswalk() {
        List<List<String>> rows = new ArrayList<>();
        for (String state : states) {
            int n = districts(state);
            for (int d = 0; d < n; d++) {
                for (int k = 0; k < OWN_CODES; k++) {
                    rows.add(row(zip(state, d * CODES_PER_DISTRICT + k), code(state, d), "1"));
                }
                if (d < n - 1) {
                    String shared = zip(state, d * CODES_PER_DISTRICT + OWN_CODES);
                    if (d % 7 == 5 && d < n - 2) {
                        // three ways in thirds: a three-way tie, and shares that add up to 0.999999
                        for (int j = 0; j < 3; j++) {
                            rows.add(row(shared, code(state, d + j), "0.333333"));
                        }
                    } else {
                        BigDecimal larger = BigDecimal.valueOf(55 + (d * 37 + state.charAt(0) * 11 + state.charAt(1))
                                % 40, 2);
                        // the larger share goes to either district; every fifth shared code is an exact tie
                        BigDecimal first = d % 5 == 3 ? new BigDecimal("0.5")
                                : d % 2 == 0 ? larger : BigDecimal.ONE.subtract(larger);
                        rows.add(row(shared, code(state, d), first.toPlainString()));
                        rows.add(row(shared, code(state, d + 1), BigDecimal.ONE.subtract(first)
                                .setScale(first.scale(), RoundingMode.UNNECESSARY).toPlainString()));
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> row(String zip, String district, String share) {
        return List.of(zip, district, share, Integer.toString(CONGRESS));
    }

    private static Map<String, Integer> seats() {
        Object[][] table = {
            {"AL", 7}, {"AK", 1}, {"AZ", 9}, {"AR", 4}, {"CA", 52}, {"CO", 8}, {"CT", 5}, {"DE", 1}, {"FL", 28},
            {"GA", 14}, {"HI", 2}, {"ID", 2}, {"IL", 17}, {"IN", 9}, {"IA", 4}, {"KS", 4}, {"KY", 6}, {"LA", 6},
            {"ME", 2}, {"MD", 8}, {"MA", 9}, {"MI", 13}, {"MN", 8}, {"MS", 4}, {"MO", 8}, {"MT", 2}, {"NE", 3},
            {"NV", 4}, {"NH", 2}, {"NJ", 12}, {"NM", 3}, {"NY", 26}, {"NC", 14}, {"ND", 1}, {"OH", 15}, {"OK", 5},
            {"OR", 6}, {"PA", 17}, {"RI", 2}, {"SC", 7}, {"SD", 1}, {"TN", 9}, {"TX", 38}, {"UT", 4}, {"VT", 1},
            {"VA", 11}, {"WA", 10}, {"WV", 2}, {"WI", 8}, {"WY", 1}, {"DC", 0}, {"PR", 0},
        };
        Map<String, Integer> seats = new TreeMap<>();
        for (Object[] row : table) {
            seats.put((String) row[0], (Integer) row[1]);
        }
        return Map.copyOf(seats);
    }

    private static Map<String, String> neighbours() {
        String[] pairs = {
            "AK WA", "AL GA", "AR TN", "AZ CA", "CA NV", "CO WY", "CT NY", "DE PA", "FL GA", "GA TN", "HI CA",
            "IA NE", "ID WA", "IL IN", "IN IL", "KS MO", "KY OH", "LA TX", "MA NH", "MD DC", "ME NH", "MI OH",
            "MN WI", "MO KS", "MS TN", "MT WY", "NC SC", "ND MN", "NE IA", "NH MA", "NJ NY", "NM TX", "NV CA",
            "NY NJ", "OH KY", "OK TX", "OR WA", "PA NJ", "PR FL", "RI MA", "SC NC", "SD MN", "TN GA", "TX LA",
            "UT NV", "VA DC", "VT NH", "WA OR", "WI MN", "WV OH", "WY CO",
        };
        Map<String, String> map = new TreeMap<>();
        for (String p : pairs) {
            map.put(p.substring(0, 2), p.substring(3));
        }
        return Map.copyOf(map);
    }
}
