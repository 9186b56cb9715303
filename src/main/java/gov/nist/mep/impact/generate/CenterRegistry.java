package gov.nist.mep.impact.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The 60 centers of the generated program: one in each of the 50 states and Puerto Rico, several in CA, IL, NY, PA
 * and WI. Names are invented. Host types follow the program's rough mix (55% nonprofit, 30% university, 15%
 * government); award start years make every award year 1..10 occur in FY2014, and more.
 */
final class CenterRegistry {

    /** USPS code, name, manufacturing employment in thousands (about 2014). */
    private static final String[][] STATES = {
        {"AK", "Alaska", "14"}, {"AL", "Alabama", "260"}, {"AR", "Arkansas", "152"}, {"AZ", "Arizona", "158"},
        {"CA", "California", "1260"}, {"CO", "Colorado", "136"}, {"CT", "Connecticut", "160"},
        {"DE", "Delaware", "26"}, {"FL", "Florida", "330"}, {"GA", "Georgia", "375"}, {"HI", "Hawaii", "13"},
        {"IA", "Iowa", "215"}, {"ID", "Idaho", "62"}, {"IL", "Illinois", "580"}, {"IN", "Indiana", "515"},
        {"KS", "Kansas", "163"}, {"KY", "Kentucky", "240"}, {"LA", "Louisiana", "141"},
        {"MA", "Massachusetts", "250"}, {"MD", "Maryland", "105"}, {"ME", "Maine", "51"},
        {"MI", "Michigan", "575"}, {"MN", "Minnesota", "318"}, {"MO", "Missouri", "255"},
        {"MS", "Mississippi", "142"}, {"MT", "Montana", "19"}, {"NC", "North Carolina", "450"},
        {"ND", "North Dakota", "25"}, {"NE", "Nebraska", "97"}, {"NH", "New Hampshire", "67"},
        {"NJ", "New Jersey", "240"}, {"NM", "New Mexico", "28"}, {"NV", "Nevada", "42"}, {"NY", "New York", "455"},
        {"OH", "Ohio", "680"}, {"OK", "Oklahoma", "135"}, {"OR", "Oregon", "180"}, {"PA", "Pennsylvania", "565"},
        {"PR", "Puerto Rico", "76"}, {"RI", "Rhode Island", "40"}, {"SC", "South Carolina", "230"},
        {"SD", "South Dakota", "42"}, {"TN", "Tennessee", "325"}, {"TX", "Texas", "875"}, {"UT", "Utah", "122"},
        {"VA", "Virginia", "232"}, {"VT", "Vermont", "31"}, {"WA", "Washington", "285"},
        {"WI", "Wisconsin", "470"}, {"WV", "West Virginia", "48"}, {"WY", "Wyoming", "10"},
    };

    /** States with more than one center: state, share of the state's activity, name. */
    private static final String[][] SHARED_STATES = {
        {"CA", "0.45", "California Manufacturing Solutions Network"},
        {"CA", "0.35", "Southern California Manufacturing Alliance"},
        {"CA", "0.20", "Central Valley Industrial Resource Center"},
        {"IL", "0.60", "Illinois Manufacturing Extension Center"},
        {"IL", "0.40", "Chicagoland Manufacturing Partnership"},
        {"NY", "0.45", "Empire State Manufacturing Assistance Center"},
        {"NY", "0.25", "Hudson Valley Industrial Resource Center"},
        {"NY", "0.30", "Western New York Center for Manufacturing Excellence"},
        {"PA", "0.30", "Keystone Industrial Resource Center"},
        {"PA", "0.30", "Delaware Valley Manufacturing Resource Center"},
        {"PA", "0.15", "Northwest Pennsylvania Industrial Resource Center"},
        {"PA", "0.25", "Allegheny Manufacturing Extension Partnership"},
        {"WI", "0.65", "Wisconsin Center for Manufacturing and Productivity"},
        {"WI", "0.35", "Great Lakes Manufacturing Solutions, Inc."},
    };

    /** A few names that do not follow the patterns, to carry quotes, commas and non-ASCII letters into the CSV. */
    private static final String[][] SPECIAL_NAMES = {
        {"TX", "Lone Star Manufacturing Assistance Center"},
        {"PR", "Programa de Extensión Manufacturera de Puerto Rico, Inc."},
        {"VT", "Vermont \"Green Mountain\" Manufacturing Extension Center"},
        {"HI", "Innovate Hawaiʻi Manufacturing Partnership"},
    };

    private static final String[] NAME_PATTERNS = {
        "%s Manufacturing Extension Partnership",
        "%s Manufacturing Assistance Center",
        "%s Industrial Resource Network",
        "%s Center for Manufacturing Excellence",
        "%s Manufacturers' Productivity Center",
        "%s Technology & Manufacturing Alliance",
        "%s Advanced Manufacturing Solutions",
        "Manufacturing Works %s",
    };

    /** Federal award of a state's centers in the calibrated sample: a floor plus a share per manufacturing job. */
    private static final long FEDERAL_BASE_DOLLARS = 66_000L;
    private static final long FEDERAL_DOLLARS_PER_THOUSAND_JOBS = 7_970L;
    private static final long FEDERAL_FLOOR_DOLLARS = 350_000L;

    private static final int NONPROFIT_CENTERS = 33;
    private static final int UNIVERSITY_CENTERS = 18;
    private static final int RECOMPETED_CENTERS = 15;
    private static final int BLANK_REGIONAL_OFFICES = 2;

    private CenterRegistry() {
    }

    /** The centers, sorted by center_id. Names and states are fixed; host types and award years depend on the seed. */
    static List<CenterProfile> centers(long seed) {
        List<CenterDraft> drafts = drafts();
        SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, 0x43454e54L));
        int count = drafts.size();
        HostType[] hosts = new HostType[count];
        for (int i = 0; i < count; i++) {
            hosts[i] = i < NONPROFIT_CENTERS ? HostType.NONPROFIT
                    : i < NONPROFIT_CENTERS + UNIVERSITY_CENTERS ? HostType.UNIVERSITY : HostType.GOVERNMENT;
        }
        Draws.shuffle(random, hosts);
        int[] awardYears = new int[count];
        for (int i = 0; i < count; i++) {
            // award years 1..10 twice each, then older agreements back to the program's early years
            awardYears[i] = i < 20 ? i % 10 + 1 : Draws.between(random, 11, 26);
        }
        Draws.shuffle(random, awardYears);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Draws.shuffle(random, order);
        boolean[] recompeted = new boolean[count];
        boolean[] blankOffices = new boolean[count];
        for (int i = 0; i < RECOMPETED_CENTERS; i++) {
            recompeted[order[i]] = true;
        }
        for (int i = 0; i < BLANK_REGIONAL_OFFICES; i++) {
            blankOffices[order[count - 1 - i]] = true;
        }

        List<CenterProfile> centers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CenterDraft draft = drafts.get(i);
            int offices = random.nextInt(13);
            centers.add(new CenterProfile(draft.centerId(), draft.centerName(), draft.state(), hosts[i],
                    2014 - awardYears[i] + 1, recompeted[i], blankOffices[i] ? null : offices, draft.activityWeight(),
                    draft.baseFederalFunds()));
        }
        return List.copyOf(centers);
    }

    private static List<CenterDraft> drafts() {
        List<CenterDraft> drafts = new ArrayList<>();
        int patterned = 0;
        for (String[] state : STATES) {
            String code = state[0];
            long jobs = Long.parseLong(state[2]);
            long stateFederal = Math.max(FEDERAL_FLOOR_DOLLARS, FEDERAL_BASE_DOLLARS + FEDERAL_DOLLARS_PER_THOUSAND_JOBS * jobs);
            int number = 0;
            for (String[] shared : SHARED_STATES) {
                if (shared[0].equals(code)) {
                    number++;
                    double share = Double.parseDouble(shared[1]);
                    drafts.add(new CenterDraft(code, String.format(Locale.ROOT, "%s%02d", code, number), shared[2],
                            jobs * share, Math.round(stateFederal * share)));
                }
            }
            if (number == 0) {
                String name = specialName(code);
                if (name == null) {
                    name = String.format(Locale.ROOT, NAME_PATTERNS[patterned % NAME_PATTERNS.length], state[1]);
                    patterned++;
                }
                drafts.add(new CenterDraft(code, code + "01", name, jobs, stateFederal));
            }
        }
        drafts.sort(Comparator.comparing(CenterDraft::centerId));
        return drafts;
    }

    private record CenterDraft(String state, String centerId, String centerName, double activityWeight,
            long baseFederalFunds) {
    }

    private static String specialName(String state) {
        for (String[] special : SPECIAL_NAMES) {
            if (special[0].equals(state)) {
                return special[1];
            }
        }
        return null;
    }
}
