package gov.nist.mep.impact.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An independent reader of an extract for the disclosure tests: it knows nothing of the production code. Given the
 * extract folder and the rejected records (file and line), it applies the contract's supersession rules (clients and
 * projects: latest submitted_date, ties the later in file order; surveys, centers and financials: the later in file
 * order), its eligibility rule (NAICS 31-33, fewer than 250 employees) and its fiscal years, and groups the COMPLETE
 * survey records of every fiscal year by center, state, service category and BEA summary industry of the client:
 * the responding clients of each group (center/client keys) and its reported impacts.
 */
final class ExtractGroups {

    /** The kinds of groups a printed figure can belong to. */
    enum Level { CENTER, DISTRICT, CATEGORY, INDUSTRY, STATE }

    /** A group of one fiscal year. */
    record Key(Level level, String id, int fiscalYear) {
        @Override
        public String toString() {
            return level.name().toLowerCase(java.util.Locale.ROOT) + " " + id + " FY" + fiscalYear;
        }
    }

    /** A group's responding clients and reported impacts. */
    static final class Figures {
        final Set<String> respondents = new TreeSet<>();
        BigDecimal newSales = BigDecimal.ZERO;
        BigDecimal retainedSales = BigDecimal.ZERO;
        BigDecimal costSavings = BigDecimal.ZERO;
        BigDecimal investment = BigDecimal.ZERO;
        long jobsCreated;
        long jobsRetained;

        void add(String client, Map<String, String> survey) {
            respondents.add(client);
            newSales = newSales.add(ExtractGroups.money(survey.get("new_sales")));
            retainedSales = retainedSales.add(ExtractGroups.money(survey.get("retained_sales")));
            costSavings = costSavings.add(ExtractGroups.money(survey.get("cost_savings")));
            for (String k : List.of("invest_plant_equipment", "invest_it", "invest_workforce", "invest_other")) {
                investment = investment.add(ExtractGroups.money(survey.get(k)));
            }
            jobsCreated += whole(survey.get("jobs_created"));
            jobsRetained += whole(survey.get("jobs_retained"));
        }

        /** The money impacts (new sales, retained sales, cost savings, investment). */
        List<BigDecimal> money() {
            return List.of(newSales, retainedSales, costSavings, investment);
        }

        @Override
        public String toString() {
            return respondents.size() + " responding, new sales " + newSales + ", retained " + retainedSales
                    + ", savings " + costSavings + ", investment " + investment + ", jobs " + jobsCreated + "+"
                    + jobsRetained;
        }
    }

    /** A registered center. */
    record Center(String id, String name, String state, String hostType) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    final Map<String, Center> centers = new TreeMap<>();
    final Map<Key, Figures> groups = new HashMap<>();
    /** Federal funds by center and fiscal year. */
    final Map<String, BigDecimal> federalFunds = new HashMap<>();
    /** The congressional districts of the crosswalk (reference/zip-congressional-districts.csv), by code. */
    final Map<String, String> districtStates = new TreeMap<>();
    /** BEA summary industry name by code (for the rows of the economy-wide tables). */
    final Map<String, String> industryNames = new TreeMap<>();
    final Set<Integer> fiscalYears = new TreeSet<>();

    private ExtractGroups() {
    }

    /**
     * Reads the extract; {@code rejected} holds "file,line" of every rejected record (file relative to the extract);
     * {@code industries} is BEA's table of industry codes and related NAICS codes.
     */
    static ExtractGroups read(Path extract, Set<String> rejected, Path industries) {
        ExtractGroups g = new ExtractGroups();
        Naics naics = Naics.read(industries, g.industryNames);
        for (Record r : winners(records(extract, "centers.csv", rejected), r -> r.get("center_id"), false)) {
            g.centers.put(r.get("center_id"), new Center(r.get("center_id"), r.get("center_name"), r.get("state"),
                    r.get("host_type")));
        }
        for (Record r : winners(records(extract, "center-financials.csv", rejected),
                r -> r.get("fiscal_year") + "/" + r.get("center_id"), false)) {
            g.federalFunds.put(r.get("center_id") + "/" + r.get("fiscal_year"), money(r.get("federal_funds")));
            g.fiscalYears.add(Integer.parseInt(r.get("fiscal_year")));
        }
        Map<String, Record> clients = byKey(winners(records(extract, "meis/clients", rejected),
                r -> r.get("center_id") + "/" + r.get("client_id"), true), r -> r.get("center_id") + "/"
                + r.get("client_id"));
        Map<String, Record> projects = byKey(winners(records(extract, "meis/projects", rejected),
                r -> r.get("center_id") + "/" + r.get("project_id"), true), r -> r.get("center_id") + "/"
                + r.get("project_id"));
        Map<String, String> districtOfZip = g.crosswalk(extract);
        for (Record s : winners(records(extract, "survey", rejected), r -> r.get("survey_id"), false)) {
            if (!"COMPLETE".equals(s.get("disposition"))) {
                continue;
            }
            Record project = projects.get(s.get("center_id") + "/" + s.get("project_id"));
            Record client = project == null ? null : clients.get(project.get("center_id") + "/"
                    + project.get("client_id"));
            Center center = g.centers.get(s.get("center_id"));
            if (client == null || center == null || !eligible(client)) {
                continue;
            }
            int fy = fiscalYear(LocalDate.parse(s.get("survey_date")));
            String respondent = client.get("center_id") + "/" + client.get("client_id");
            g.add(new Key(Level.CENTER, center.id(), fy), respondent, s.values);
            g.add(new Key(Level.STATE, center.state(), fy), respondent, s.values);
            g.add(new Key(Level.CATEGORY, project.get("service_category"), fy), respondent, s.values);
            if (!districtOfZip.isEmpty()) {
                String zip = client.get("zip");
                g.add(new Key(Level.DISTRICT, zip == null ? "unknown" : districtOfZip.getOrDefault(zip.strip(),
                        "unknown"), fy), respondent, s.values);
            }
            String industry = naics.summaryOf(client.get("naics"));
            if (industry != null) {
                g.add(new Key(Level.INDUSTRY, industry, fy), respondent, s.values);
            }
        }
        return g;
    }

    /**
     * The district of every ZIP code of the crosswalk: the one with the largest business share, ties the lower code
     * (the metrics contract); empty without a crosswalk.
     */
    private Map<String, String> crosswalk(Path extract) {
        Path file = extract.resolve("reference").resolve("zip-congressional-districts.csv");
        Map<String, String> best = new HashMap<>();
        Map<String, BigDecimal> shares = new HashMap<>();
        if (!Files.exists(file)) {
            return best;
        }
        // key (zip, district): the later row wins
        Map<String, BigDecimal> rows = new LinkedHashMap<>();
        for (Record r : records(extract, "reference/zip-congressional-districts.csv", Set.of())) {
            rows.put(r.get("zip") + "," + r.get("district"), new BigDecimal(r.get("business_share").strip()));
        }
        rows.forEach((key, share) -> {
            String zip = key.substring(0, key.indexOf(','));
            String district = key.substring(key.indexOf(',') + 1);
            districtStates.put(district, district.substring(0, 2));
            String old = best.get(zip);
            int cmp = old == null ? 1 : share.compareTo(shares.get(zip));
            if (cmp > 0 || cmp == 0 && district.compareTo(old) < 0) {
                best.put(zip, district);
                shares.put(zip, share);
            }
        });
        return best;
    }

    private void add(Key key, String respondent, Map<String, String> survey) {
        groups.computeIfAbsent(key, k -> new Figures()).add(respondent, survey);
    }

    /** The group's figures; an empty group when nobody responded. */
    Figures of(Key key) {
        return groups.getOrDefault(key, new Figures());
    }

    /** Responding clients of a group. */
    int respondents(Key key) {
        return of(key).respondents.size();
    }

    /** Responding clients of a year nationally. */
    Set<String> nationalRespondents(int fiscalYear) {
        Set<String> all = new TreeSet<>();
        groups.forEach((k, f) -> {
            if (k.level() == Level.CENTER && k.fiscalYear() == fiscalYear) {
                all.addAll(f.respondents);
            }
        });
        return all;
    }

    /** The distinct responding clients of several groups together. */
    int respondents(java.util.Collection<Key> keys) {
        Set<String> all = new TreeSet<>();
        keys.forEach(k -> all.addAll(of(k).respondents));
        return all.size();
    }

    List<Center> centersOf(String state) {
        return centers.values().stream().filter(c -> c.state().equals(state)).toList();
    }

    Set<String> states() {
        Set<String> states = new TreeSet<>();
        centers.values().forEach(c -> states.add(c.state()));
        return states;
    }

    static boolean eligible(Record client) {
        String naics = client.get("naics");
        return (naics.startsWith("31") || naics.startsWith("32") || naics.startsWith("33"))
                && Long.parseLong(client.get("employees")) < 250;
    }

    static int fiscalYear(LocalDate date) {
        return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
    }

    static BigDecimal money(String text) {
        return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.strip());
    }

    static long whole(String text) {
        return text == null || text.isBlank() ? 0 : new BigDecimal(text.strip()).longValueExact();
    }

    // ------------------------------------------------------------------ records of the extract

    /** A record: its file (relative to the extract), its line and its values by column name (blank = absent). */
    record Record(String file, long line, int order, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }
    }

    /**
     * The valid records of a kind in file order: every file of the folder (or the one file) in name order, the
     * records whose file and line are not rejected.
     */
    static List<Record> records(Path extract, String location, Set<String> rejected) {
        Path path = extract.resolve(location);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".jsonl"))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files.add(path);
        }
        List<Record> records = new ArrayList<>();
        for (Path f : files) {
            String relative = extract.relativize(f).toString().replace('\\', '/');
            for (Record r : read(f, relative, records.size())) {
                if (!rejected.contains(relative + "," + r.line())) {
                    records.add(new Record(r.file(), r.line(), records.size(), r.values()));
                }
            }
        }
        return records;
    }

    private static List<Record> read(Path file, String relative, int first) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = new ArrayList<>();
        if (relative.endsWith(".jsonl")) {
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(lines[i]);
                Map<String, String> values = new LinkedHashMap<>();
                node.properties().forEach(e -> {
                    String v = e.getValue().isNull() ? null : e.getValue().isString() ? e.getValue().asString()
                            : e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString()
                            : e.getValue().toString();
                    if (v != null && !v.isBlank()) {
                        values.put(e.getKey(), v);
                    }
                });
                records.add(new Record(relative, i + 1, first + records.size(), values));
            }
            return records;
        }
        List<Csv.Row> rows = Csv.parse(text);
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < row.fields().size(); c++) {
                if (!row.fields().get(c).isBlank()) {
                    values.put(header.get(c), row.fields().get(c));
                }
            }
            records.add(new Record(relative, row.line(), first + records.size(), values));
        }
        return records;
    }

    /**
     * The winner of every key in file order: the later record, or with {@code bySubmitted} the one with the latest
     * submitted_date (ties: the later).
     */
    static List<Record> winners(List<Record> records, java.util.function.Function<Record, String> key,
            boolean bySubmitted) {
        Map<String, Record> winners = new LinkedHashMap<>();
        for (Record r : records) {
            winners.merge(key.apply(r), r, (old, now) -> !bySubmitted
                    || LocalDate.parse(now.get("submitted_date")).compareTo(LocalDate.parse(old.get("submitted_date")))
                            >= 0 ? now : old);
        }
        return new ArrayList<>(winners.values());
    }

    private static Map<String, Record> byKey(List<Record> records, java.util.function.Function<Record, String> key) {
        Map<String, Record> map = new HashMap<>();
        records.forEach(r -> map.put(key.apply(r), r));
        return map;
    }

    /** RFC 4180: comma, double quotes (doubled inside), line breaks inside quotes; each row with its first line. */
    static final class Csv {

        record Row(long line, List<String> fields) {
        }

        static List<Row> parse(String text) {
            List<Row> rows = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            long line = 1;
            long start = 1;
            boolean any = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                    continue;
                }
                if (c == '"') {
                    quoted = true;
                    any = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                } else if (c == '\n') {
                    fields.add(field.toString());
                    if (any || !field.isEmpty()) {
                        rows.add(new Row(start, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    any = false;
                    line++;
                    start = line;
                } else {
                    field.append(c);
                    any = true;
                }
            }
            if (any || !field.isEmpty()) {
                fields.add(field.toString());
                rows.add(new Row(start, List.copyOf(fields)));
            }
            return rows;
        }
    }

    /**
     * NAICS code to BEA summary industry, read from BEA's table of industry codes: the longest related NAICS code
     * that is a prefix of the client's code; else a shorter prefix of related codes that all name one industry.
     */
    static final class Naics {

        private final Map<String, String> exact = new HashMap<>();
        private final Map<String, Set<String>> under = new HashMap<>();

        static Naics read(Path table, Map<String, String> names) {
            Naics n = new Naics();
            List<Csv.Row> rows;
            try {
                rows = Csv.parse(Files.readString(table, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> header = rows.get(0).fields();
            int summary = header.indexOf("summary_code");
            int summaryName = header.indexOf("summary_name");
            int related = header.indexOf("naics_2007");
            for (Csv.Row row : rows.subList(1, rows.size())) {
                String code = row.fields().get(summary);
                names.put(code, row.fields().get(summaryName));
                for (String part : row.fields().get(related).split(",")) {
                    String p = part.strip();
                    if (p.isEmpty() || !Character.isDigit(p.charAt(0))) {
                        continue;
                    }
                    for (String prefix : range(p)) {
                        n.exact.put(prefix, code);
                        for (int len = 2; len < prefix.length(); len++) {
                            n.under.computeIfAbsent(prefix.substring(0, len), k -> new TreeSet<>()).add(code);
                        }
                    }
                }
            }
            return n;
        }

        /** "333291-4" is 333291 to 333294. */
        private static List<String> range(String p) {
            int dash = p.indexOf('-');
            if (dash < 0) {
                return List.of(p);
            }
            String from = p.substring(0, dash);
            String tail = p.substring(dash + 1);
            String stem = from.substring(0, from.length() - tail.length());
            List<String> all = new ArrayList<>();
            for (int v = Integer.parseInt(from.substring(stem.length())); v <= Integer.parseInt(tail); v++) {
                all.add(stem + String.format(java.util.Locale.ROOT, "%0" + tail.length() + "d", v));
            }
            return all;
        }

        String summaryOf(String naics) {
            String code = naics.strip();
            for (int len = code.length(); len >= 2; len--) {
                String prefix = code.substring(0, len);
                if (exact.containsKey(prefix)) {
                    return exact.get(prefix);
                }
                Set<String> below = under.get(prefix);
                if (below != null && below.size() == 1) {
                    return below.iterator().next();
                }
            }
            return null;
        }
    }
}
