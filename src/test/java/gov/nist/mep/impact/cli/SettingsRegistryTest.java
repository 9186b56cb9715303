package gov.nist.mep.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.support.SettingSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The one registry of {@code mep.*} settings holds every setting the program reads, and the README documents each
 * with its valid values: a setting added anywhere without its range (or its line in the README) fails here.
 */
class SettingsRegistryTest {

    private static final Pattern VALUE_PLACEHOLDER = Pattern.compile("\\$\\{(mep\\.[a-z0-9.-]+)[:}]");

    @Test
    void everySettingsRecordIsRegistered() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> found = new TreeSet<>();
        for (BeanDefinition d : scan.findCandidateComponents("gov.nist.mep.impact")) {
            if (!d.getBeanClassName().matches(".*Test(\\$.*)?")) {
                found.add(d.getBeanClassName());
            }
        }
        Set<String> registered = new TreeSet<>();
        ProgramSettings.RECORDS.forEach(r -> registered.add(r.getName()));

        assertThat(registered).isEqualTo(found);
    }

    @Test
    void everySettingReadByNameIsRegistered() throws IOException {
        List<String> read = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".properties"))
                    .toList()) {
                String text = Files.readString(f);
                Matcher m = VALUE_PLACEHOLDER.matcher(text);
                while (m.find()) {
                    read.add(m.group(1));
                }
                if (f.getFileName().toString().equals("application.properties")) {
                    text.lines().filter(l -> l.startsWith("mep.")).map(l -> l.substring(0, l.indexOf('=')))
                            .forEach(read::add);
                }
            }
        }
        assertThat(read).isNotEmpty();
        assertThat(read).allSatisfy(name -> assertThat(ProgramSettings.registry().spec(name)).as(name).isPresent());
    }

    @Test
    void theReadmeGivesEverySettingItsValidValues() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        for (SettingSpec spec : ProgramSettings.registry().all()) {
            assertThat(readme).as(spec.name() + ": " + spec.validValues()).anySatisfy(line -> assertThat(line)
                    .contains("`" + spec.name() + "`").contains(spec.validValues()));
        }
    }

    @Test
    void withoutASettingOfOursNothingIsLoadedToCheck() {
        List<String> boot = List.of("--spring.datasource.url=jdbc:h2:mem:x", "--logging.level.gov.nist.mep=WARN");
        Map<String, String> plain = Map.of("PATH", "/bin", "MEP_IMPACT_JOBS", "/srv/jobs", "SPRING_DATASOURCE_URL", "x");

        assertThat(ProgramSettings.mayHoldOurs(boot, plain)).isFalse();
        assertThat(ProgramSettings.mayHoldOurs(List.of("--mep.rules.employee-limit=5"), plain)).isTrue();
        assertThat(ProgramSettings.mayHoldOurs(List.of("--loging.file.name=x"), plain)).isTrue();
        assertThat(ProgramSettings.mayHoldOurs(boot, Map.of("MEP_RULES_EMPLOYE_LIMIT", "5"))).isTrue();
    }

    @Test
    void theDefaultsAreValid() {
        for (SettingSpec spec : ProgramSettings.registry().all()) {
            if (spec.defaultValue() != null && !spec.range().whenEmpty().equals(spec.defaultValue())) {
                assertThat(spec.problem(spec.defaultValue())).as(spec.name()).isEmpty();
            }
        }
    }
}
