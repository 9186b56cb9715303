package gov.nist.mep.impact.generate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes up clients. Each client's attributes come from its own random stream (seed, center, client number), so a
 * center can re-submit a client in a later quarter without keeping it in memory.
 */
final class ClientFactory {

    private static final String[] PREFIXES = {
        "Acme", "Prairie", "Gulf Coast", "Bluegrass", "Nordic", "Delta", "Summit", "Riverbend", "Keystone",
        "Lakeshore", "Cascade", "Ironwood", "Granite", "Pioneer", "Liberty", "Red Rock", "Tri-County", "Heartland",
        "Blue Ridge", "Sierra", "Harbor", "Evergreen", "Copper Hill", "Northstar", "Old Mill", "Twin Rivers",
        "Midland", "Coastal", "High Plains", "Badger", "Magnolia", "Canyon", "Allied", "Precision", "United",
    };
    private static final String[] PRODUCTS = {
        "Tool & Die", "Plastics", "Foods", "Metalworks", "Castings", "Valves", "Machining", "Composites", "Fabrication",
        "Electronics", "Printing", "Textiles", "Woodworks", "Coatings", "Gear", "Molding", "Stamping", "Brewing",
        "Furniture", "Instruments", "Controls", "Packaging", "Forge", "Welding", "Optics", "Cabinetry", "Pumps",
    };
    private static final String[] SUFFIXES = {"Inc.", "LLC", "Co.", "Corp.", "", "", "Industries", "Manufacturing"};
    /** Names that exercise CSV quoting and UTF-8. */
    private static final String[] AWKWARD_NAMES = {
        "Müller, Schmidt & Co", "O'Brien \"Precision\" Castings", "Señor Fabricación, Inc.", "Zhōngguó Metalworks",
        "Łódź Components LLC", "Café Olé Foods, LLC", "Smith, Jones & Sons", "\"Best\" Brackets Inc.",
        "Nguyễn Precision Tooling", "Björk & Åberg Hydraulics", "Façade Panels, Ltd.", "Crème Brûlée Bakery, Inc.",
    };
    private static final String[] MANUFACTURING_NAICS = {
        "311812", "311421", "312120", "313210", "314910", "315990", "316998", "321911", "322211", "323111", "324191",
        "325412", "325510", "326199", "326122", "327215", "327390", "331511", "332710", "332721", "332999", "332322",
        "333249", "333514", "333914", "334511", "334418", "335311", "336390", "336413", "336611", "337110", "337215",
        "339112", "339920", "339999",
    };
    /** Shorter, less specific codes some centers report (the contract allows 2 to 6 digits). */
    private static final String[] SHORT_NAICS = {"3327", "3336", "332", "326", "33", "31", "3118"};
    private static final String[] NON_MANUFACTURING_NAICS = {
        "541330", "423830", "811310", "561990", "541715", "488510", "238220", "424690", "541380",
    };
    private static final String[] FIRST_NAMES = {
        "Pat", "Sam", "Alex", "Jordan", "Casey", "Robin", "Lee", "Kim", "Chris", "Jamie", "Morgan", "Taylor",
        "Dana", "Jesse", "Avery", "Quinn", "Renée", "José", "Zoë", "Siobhán",
    };
    private static final String[] LAST_NAMES = {
        "Example", "Sample", "Placeholder", "Testperson", "Demo", "Specimen", "Fictional", "Madeup", "Dummy",
        "Exemplar", "O'Sample", "Müller-Example",
    };

    private final long seed;
    private final CongressionalDistricts districts;

    ClientFactory(long seed, CongressionalDistricts districts) {
        this.seed = seed;
        this.districts = districts;
    }

    static String clientId(int clientNumber) {
        return Ids.padded("C", clientNumber, 6);
    }

    /** The client with this number at this center, eligible or not by the program's rule. */
    ClientProfile profile(int centerIndex, CenterProfile center, int clientNumber, boolean eligible) {
        SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, 0x434c49L, centerIndex, clientNumber));
        String name = name(random);
        String state = random.nextInt(100) < 3 ? "" : center.state();
        String naics;
        int employees;
        if (eligible) {
            naics = random.nextInt(100) < 5 ? Draws.pick(random, SHORT_NAICS) : Draws.pick(random, MANUFACTURING_NAICS);
            employees = random.nextInt(400) == 0 ? 0 : (int) Math.max(1, Math.min(249,
                    Math.round(Draws.lognormal(random, 28, 1.05))));
        } else if (random.nextBoolean()) {
            naics = Draws.pick(random, NON_MANUFACTURING_NAICS);
            employees = (int) Math.max(1, Math.min(240, Math.round(Draws.lognormal(random, 20, 1.0))));
        } else {
            naics = Draws.pick(random, MANUFACTURING_NAICS);
            employees = (int) Math.max(250, Math.min(9_000, Math.round(Draws.lognormal(random, 420, 0.8))));
        }
        String first = Draws.pick(random, FIRST_NAMES);
        String last = Draws.pick(random, LAST_NAMES);
        boolean noContact = random.nextInt(100) < 4;
        String contactName = noContact ? "" : first + " " + last;
        String contactEmail = noContact ? "" : ascii(first) + "." + ascii(last) + (clientNumber % 97) + "@example.com";
        String contactPhone = noContact ? "" : String.format(Locale.ROOT, "555-01%02d", random.nextInt(100));

        String firstNaics = naics;
        int firstEmployees = employees;
        int correction = random.nextInt(1000);
        if (correction < 15) {
            // a typo in the head count, fixed later: 45 first reported as 450, or the other way round
            firstEmployees = employees >= 250 ? employees / 10 : employees * 10 + random.nextInt(10);
        } else if (correction < 30) {
            firstNaics = eligible ? Draws.pick(random, NON_MANUFACTURING_NAICS) : Draws.pick(random, MANUFACTURING_NAICS);
        } else if (correction < 40) {
            firstEmployees = employees + 1 + random.nextInt(12);
        }
        // the ZIP code from a stream of its own, so that adding it changed no other draw of the client
        String zip = districts.zipFor(center, new SplittableRandom(SeedMix.mix(seed, 0x5a4950L, centerIndex,
                clientNumber)));
        ClientProfile profile = new ClientProfile(clientId(clientNumber), name, state, naics, employees, zip,
                contactName, contactEmail, contactPhone, firstNaics, firstEmployees);
        if (profile.eligible() != eligible) {
            throw new IllegalStateException("client " + profile.clientId() + " was meant to be "
                    + (eligible ? "eligible" : "ineligible"));
        }
        return profile;
    }

    private static String name(SplittableRandom random) {
        int kind = random.nextInt(10_000);
        if (kind < 250) {
            return Draws.pick(random, AWKWARD_NAMES);
        }
        if (kind < 252) {
            // an address line pasted into the name field: a quoted line break in the CSV
            return Draws.pick(random, PREFIXES) + " " + Draws.pick(random, PRODUCTS) + "\nPlant " + (2 + random.nextInt(4));
        }
        String suffix = Draws.pick(random, SUFFIXES);
        String base = Draws.pick(random, PREFIXES) + " " + Draws.pick(random, PRODUCTS);
        return suffix.isEmpty() ? base : base + " " + suffix;
    }

    private static String ascii(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(name, Normalizer.Form.NFD).toCharArray()) {
            if (c < 128 && Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
