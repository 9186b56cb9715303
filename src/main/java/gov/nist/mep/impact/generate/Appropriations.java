package gov.nist.mep.impact.generate;

import java.util.Arrays;
import java.util.List;

/** appropriations.csv: the federal MEP appropriation by fiscal year, from shared/data/appropriations-history.csv. */
final class Appropriations {

    static final List<String> HEADER = List.of("fiscal_year", "appropriation");

    private static final String[][] HISTORY = {
        {"1990", "12500000.00"}, {"1994", "30300000.00"}, {"1995", "90600000.00"}, {"1998", "113500000.00"},
        {"1999", "106800000.00"}, {"2000", "104000000.00"}, {"2005", "108000000.00"}, {"2006", "104600000.00"},
        {"2007", "104600000.00"}, {"2008", "89600000.00"}, {"2010", "125000000.00"}, {"2011", "128000000.00"},
        {"2012", "120000000.00"}, {"2013", "128000000.00"}, {"2014", "128000000.00"},
    };

    private Appropriations() {
    }

    static List<List<String>> rows() {
        return Arrays.stream(HISTORY).map(List::of).toList();
    }
}
