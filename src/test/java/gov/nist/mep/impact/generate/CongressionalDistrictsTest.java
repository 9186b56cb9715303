package gov.nist.mep.impact.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's synthetic districts: the real apportionment after the 2020 census (435 voting seats, six at-large
 * states, the DC and PR delegates), a crosswalk whose shares of each ZIP code add up to 1 with split ZIP codes and ties,
 * ZIP codes from each state's synthetic block, and about 2% of clients with a blank, malformed or unknown ZIP code.
 */
class CongressionalDistrictsTest {

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    @TempDir
    Path temp;

    @Test
    void theCrosswalkHasTheRealNumberOfDistrictsPerStateAndSharesThatAddUp() throws IOException {
        new ExtractGenerator().generate(new GeneratorOptions(temp, ExtractGenerator.DEFAULT_SEED, 2_000L));
        List<String> lines = Files.readAllLines(temp.resolve("reference/zip-congressional-districts.csv"));

        assertThat(lines.get(0)).isEqualTo("zip,district,business_share,congress");
        Map<String, java.util.Set<String>> districtsByState = new TreeMap<>();
        Map<String, BigDecimal> sharesByZip = new TreeMap<>();
        Map<String, Integer> rowsByZip = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(f[0]).matches(FIVE_DIGITS);
            assertThat(f[3]).isEqualTo("118");
            districtsByState.computeIfAbsent(f[1].substring(0, 2), s -> new java.util.TreeSet<>()).add(f[1]);
            sharesByZip.merge(f[0], new BigDecimal(f[2]), BigDecimal::add);
            rowsByZip.merge(f[0], 1, Integer::sum);
        }
        long voting = districtsByState.values().stream().flatMap(java.util.Set::stream)
                .filter(d -> !d.endsWith("-DL")).count();
        assertThat(voting).isEqualTo(435);
        assertThat(districtsByState).hasSize(52);
        assertThat(districtsByState.get("CA")).hasSize(52);
        assertThat(districtsByState.get("TX")).hasSize(38);
        assertThat(districtsByState.get("FL")).hasSize(28);
        assertThat(districtsByState.get("OH")).hasSize(15).contains("OH-01", "OH-15");
        assertThat(districtsByState.get("MT")).containsExactly("MT-01", "MT-02");
        for (String atLarge : List.of("AK", "DE", "ND", "SD", "VT", "WY")) {
            assertThat(districtsByState.get(atLarge)).containsExactly(atLarge + "-AL");
        }
        assertThat(districtsByState.get("DC")).containsExactly("DC-DL");
        assertThat(districtsByState.get("PR")).containsExactly("PR-DL");
        assertThat(sharesByZip.values()).allSatisfy(sum -> assertThat(sum.subtract(BigDecimal.ONE).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01")));
        assertThat(rowsByZip.values()).as("split ZIP codes, two and three ways").contains(2, 3);
        assertThat(lines).as("a two-way tie").anyMatch(l -> l.endsWith(",0.5,118"));
        // synthetic blocks: AK (first USPS code) owns 00000-00999, WY (last) 51000-51999
        assertThat(lines).anyMatch(l -> l.startsWith("00000,AK-AL,")).anyMatch(l -> l.startsWith("51000,WY-AL,"));
    }

    @Test
    void aboutTwoPercentOfClientsHaveNoUsableZipCode() throws IOException {
        new ExtractGenerator().generate(new GeneratorOptions(temp, 7L, 20_000L));
        java.util.Set<String> crosswalk = new java.util.HashSet<>();
        Files.readAllLines(temp.resolve("reference/zip-congressional-districts.csv")).stream().skip(1)
                .forEach(l -> crosswalk.add(l.split(",")[0]));
        long clients = 0;
        long blank = 0;
        long malformed = 0;
        long unknown = 0;
        try (Stream<Path> files = Files.list(temp.resolve("meis/clients"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String> rows = Files.readAllLines(f);
                int zip = List.of(rows.get(0).split(",")).indexOf("zip");
                assertThat(zip).as(f.toString()).isNotNegative();
                for (String row : rows.subList(1, rows.size())) {
                    if (row.contains("\"")) {
                        continue;
                    }
                    String value = row.split(",", -1)[zip];
                    clients++;
                    if (value.isEmpty()) {
                        blank++;
                    } else if (!FIVE_DIGITS.matcher(value).matches()) {
                        malformed++;
                    } else if (!crosswalk.contains(value)) {
                        unknown++;
                    }
                }
            }
        }
        double share = (double) (blank + malformed + unknown) / clients;
        assertThat(share).isBetween(0.015, 0.025);
        assertThat(blank).isPositive();
        assertThat(malformed).isPositive();
        assertThat(unknown).isPositive();
    }
}
