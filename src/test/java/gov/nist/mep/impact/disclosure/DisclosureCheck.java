package gov.nist.mep.impact.disclosure;

import gov.nist.mep.impact.disclosure.ExtractGroups.Center;
import gov.nist.mep.impact.disclosure.ExtractGroups.Key;
import gov.nist.mep.impact.disclosure.ExtractGroups.Level;
import gov.nist.mep.impact.disclosure.OutputWalk.Cell;
import gov.nist.mep.impact.disclosure.OutputWalk.Table;
import gov.nist.mep.impact.disclosure.OutputWalk.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The disclosure rule checked on every output of a run, from an independent reading of the extract: no printed
 * figure comes from a group (center, state, service category, client industry; of any fiscal year) with fewer
 * responding clients than the threshold, derived figures included, and no withheld figure can be recovered by
 * subtracting published ones. Each broken rule is one finding, naming the file, the place and the group.
 *
 * <ul>
 * <li>the metrics JSON says {@code suppressed} for every group under the threshold (it keeps the figures), and its
 * center oversight derives nothing from one: no value, rank or percentile of a survey figure, no change from a
 * withheld year, no peer median that counts one;</li>
 * <li>the withheld groups of every year leave no subtraction open: in a published state the withheld centers
 * together, the withheld centers of withheld states together, and the withheld service categories together have no
 * responding client or at least the threshold (distinct clients);</li>
 * <li>every table of every PDF and workbook: a cell under an impact heading (sales, savings, investment, jobs, net
 * promoter score, ratios, their changes, ranks and percentiles, economy-wide figures) in the row of a withheld group
 * and year, or in the column of the center or state whose pages it is on, is blank or (D); a change is withheld when
 * either year is;</li>
 * <li>the state tile maps print (D) for a withheld state;</li>
 * <li>no impact of a group under the threshold (with a responding client) appears anywhere in a printed output as
 * an exact number or in whole dollars, unless it is also a figure of a published group.</li>
 * </ul>
 */
final class DisclosureCheck {

    private static final Pattern IMPACT = Pattern.compile("(?i)new sales|retained sales|cost savings|investment|"
            + "jobs|net promoter|per federal dollar|per dollar|per job|cost per|client sales|final demand|output|"
            + "value added|gdp|labor income|income tax|tax per");
    /** The columns of an industry's row that come from its clients (the others are BEA's multipliers). */
    private static final Pattern CLIENT_SALES = Pattern.compile("(?i)^(?!.*\\bper\\b).*(client sales|final demand"
            + "|sales counted)");
    private static final Pattern CHANGE = Pattern.compile("(?i)change");
    private static final Pattern FY = Pattern.compile("^FY\\s?(\\d{4})$");
    private static final Set<String> WITHHELD_TEXT = Set.of("", "(D)", "—", "-", "not available", "n/a");

    private final ExtractGroups extract;
    private final int threshold;
    private final List<String> findings = new ArrayList<>();
    /** Groups withheld in print, by year: under the threshold, or said suppressed by the metrics JSON. */
    private final Set<Key> withheld = new HashSet<>();
    private final Map<String, Key> byText = new HashMap<>();

    DisclosureCheck(ExtractGroups extract, int threshold) {
        this.extract = extract;
        this.threshold = threshold;
        extract.groups.forEach((k, f) -> {
            if (f.respondents.size() < threshold) {
                withheld.add(k);
            }
        });
        for (int year : extract.fiscalYears) {
            for (Center c : extract.centers.values()) {
                under(new Key(Level.CENTER, c.id(), year));
                under(new Key(Level.STATE, c.state(), year));
            }
        }
        for (int year : extract.fiscalYears) {
            extract.districtStates.keySet().forEach(d -> under(new Key(Level.DISTRICT, d, year)));
        }
        extract.districtStates.keySet().forEach(d -> byText.put(d, new Key(Level.DISTRICT, d, 0)));
        for (Center c : extract.centers.values()) {
            byText.put(c.id(), new Key(Level.CENTER, c.id(), 0));
            byText.put(c.name(), new Key(Level.CENTER, c.id(), 0));
            byText.putIfAbsent(c.state(), new Key(Level.STATE, c.state(), 0));
            byText.putIfAbsent("State " + c.state(), new Key(Level.STATE, c.state(), 0));
            byText.putIfAbsent(StateNames.of(c.state()), new Key(Level.STATE, c.state(), 0));
        }
        for (String category : List.of("LEAN", "QUALITY", "PROCESS_IMPROVEMENT", "WORKFORCE_TRAINING",
                "TECHNOLOGY_DEVELOPMENT", "TECHNOLOGY_TRANSFER", "SUPPLY_CHAIN", "BUSINESS_STRATEGY", "EXPORT",
                "SUSTAINABILITY", "CYBERSECURITY", "OTHER")) {
            Key k = new Key(Level.CATEGORY, category, 0);
            byText.put(category, k);
            String words = category.toLowerCase(Locale.ROOT).replace('_', ' ');
            byText.put(Character.toUpperCase(words.charAt(0)) + words.substring(1), k);
        }
        extract.industryNames.forEach((code, name) -> {
            byText.putIfAbsent(code, new Key(Level.INDUSTRY, code, 0));
            byText.putIfAbsent(name, new Key(Level.INDUSTRY, code, 0));
        });
    }

    private void under(Key k) {
        if (extract.respondents(k) < threshold) {
            withheld.add(k);
        }
    }

    List<String> findings() {
        return findings;
    }

    /** Checks one output folder: its metrics JSON first (which says what is withheld), then every printed output. */
    DisclosureCheck check(OutputWalk walk) {
        walk.json.forEach((file, node) -> {
            if (file.matches("metrics-FY\\d{4}\\.json")) {
                metricsJson(file, node);
            }
        });
        for (Table t : walk.tables) {
            if (t.file().endsWith(".pdf") || t.file().endsWith(".xlsx")) {
                table(t);
            }
        }
        for (Text t : walk.texts) {
            if (t.kind().equals("figure")) {
                tileMap(t);
            }
        }
        valueScan(walk);
        return this;
    }

    private void finding(String text) {
        if (!findings.contains(text)) {
            findings.add(text);
        }
    }

    boolean withheld(Key k) {
        return withheld.contains(k);
    }

    // ------------------------------------------------------------------ the metrics JSON

    private void metricsJson(String file, JsonNode m) {
        int year = m.get("fiscalYear").asInt();
        groupFlags(file, m.get("states"), "state", Level.STATE, year);
        groupFlags(file, m.get("centers"), "centerId", Level.CENTER, year);
        groupFlags(file, m.get("serviceCategories"), "serviceCategory", Level.CATEGORY, year);
        Map<Integer, Map<String, Boolean>> stateStatus = new HashMap<>();
        Map<Integer, Map<String, Boolean>> centerStatus = new HashMap<>();
        Map<String, Boolean> categoryStatus = new HashMap<>();
        // a group counts as published when any section says so (the printed outputs follow every section)
        m.get("states").forEach(s -> stateStatus.computeIfAbsent(year, y -> new HashMap<>())
                .merge(s.get("state").asString(), s.get("suppressed").asBoolean(), Boolean::logicalAnd));
        m.get("centers").forEach(c -> centerStatus.computeIfAbsent(year, y -> new HashMap<>())
                .merge(c.get("centerId").asString(), c.get("suppressed").asBoolean(), Boolean::logicalAnd));
        m.get("serviceCategories").forEach(c -> categoryStatus.put(c.get("serviceCategory").asString(),
                c.get("suppressed").asBoolean()));
        JsonNode trend = m.get("stateTrend");
        if (trend != null) {
            for (JsonNode s : trend) {
                for (JsonNode y : s.get("years")) {
                    int fy = y.get("fiscalYear").asInt();
                    Key k = new Key(Level.STATE, s.get("state").asString(), fy);
                    flag(file + " stateTrend", k, y.get("suppressed").asBoolean());
                    stateStatus.computeIfAbsent(fy, x -> new HashMap<>()).merge(k.id(), y.get("suppressed").asBoolean(),
                            Boolean::logicalAnd);
                }
            }
        }
        JsonNode oversight = m.get("centerOversight");
        if (oversight != null) {
            centerOversight(file, year, oversight, centerStatus);
        }
        stateStatus.forEach((fy, states) -> subtraction(file, fy, states, centerStatus.getOrDefault(fy, Map.of())));
        categories(file, year, categoryStatus);
        JsonNode districts = m.get("districts");
        if (districts != null) {
            groupFlags(file, districts, "district", Level.DISTRICT, year);
            districts(file, year, districts, stateStatus.getOrDefault(year, Map.of()));
        }
    }

    /** A group's {@code suppressed}: a boolean, or (districts) false, "primary" or "complementary". */
    private static boolean suppressed(JsonNode group) {
        JsonNode s = group.get("suppressed");
        return s.isBoolean() ? s.asBoolean() : s.isString();
    }

    /**
     * The districts of a state add up to the state, all districts (and the clients of no district) to the nation: the
     * withheld districts of a published state together, and all withheld districts together, must hold no responding
     * client or at least the threshold.
     */
    private void districts(String file, int year, JsonNode districts, Map<String, Boolean> states) {
        if (extract.nationalRespondents(year).size() < threshold) {
            return;
        }
        Map<String, List<Key>> hiddenByState = new java.util.TreeMap<>();
        List<Key> all = new ArrayList<>();
        for (JsonNode d : districts) {
            if (suppressed(d)) {
                Key k = new Key(Level.DISTRICT, d.get("district").asString(), year);
                all.add(k);
                JsonNode state = d.get("state");
                if (state != null && !state.isNull()) {
                    hiddenByState.computeIfAbsent(state.asString(), x -> new ArrayList<>()).add(k);
                }
            }
        }
        // a state's figures are its centers' and a district's are its clients' (by ZIP code): the state minus its
        // published districts is its withheld districts plus its clients placed in no district of the state, minus the
        // clients of other states placed in its districts; those clients together must not be 1 or 2
        hiddenByState.forEach((state, hidden) -> {
            if (!states.getOrDefault(state, true)) {
                java.util.Set<String> inDistricts = new java.util.TreeSet<>();
                extract.districtStates.forEach((d, st) -> {
                    if (st.equals(state)) {
                        inDistricts.addAll(extract.of(new Key(Level.DISTRICT, d, year)).respondents);
                    }
                });
                java.util.Set<String> ofState = extract.of(new Key(Level.STATE, state, year)).respondents;
                java.util.Set<String> involved = new java.util.TreeSet<>();
                hidden.forEach(k -> involved.addAll(extract.of(k).respondents));
                ofState.stream().filter(c -> !inDistricts.contains(c)).forEach(involved::add);
                inDistricts.stream().filter(c -> !ofState.contains(c)).forEach(involved::add);
                if (!involved.isEmpty() && involved.size() < threshold) {
                    finding(file + ": the withheld districts of published state " + state + " in FY" + year + " "
                            + hidden + " can be worked out by subtraction from the state and hold " + involved.size()
                            + " responding client(s)");
                }
            }
        });
        recoverable(file, "the withheld districts of FY" + year + " (national minus the published districts)", all);
    }

    private void groupFlags(String file, JsonNode array, String idField, Level level, int year) {
        for (JsonNode g : array) {
            Key k = new Key(level, g.get(idField).asString(), year);
            flag(file + " " + idField + " " + k.id(), k, suppressed(g));
            if (g.has("respondingClients") && g.get("respondingClients").asLong() != extract.respondents(k)) {
                finding(file + ": " + k + " has " + g.get("respondingClients").asLong()
                        + " responding clients in the JSON, " + extract.respondents(k) + " by the independent reader");
            }
        }
    }

    private void flag(String where, Key k, boolean suppressed) {
        if (suppressed) {
            withheld.add(k);
        } else if (extract.respondents(k) < threshold) {
            finding(where + ": " + k + " has " + extract.respondents(k) + " responding clients but is not said"
                    + " suppressed");
        }
    }

    private static final List<String> SURVEY_FIGURES = List.of("netPromoterScore", "newSales", "retainedSales",
            "costSavings", "investment", "jobsCreated", "jobsRetained", "newSalesPerFederalDollar", "federalCostPerJob");
    private static final List<String> CHANGES = List.of("newSalesChange", "jobsChange");

    private void centerOversight(String file, int year, JsonNode o, Map<Integer, Map<String, Boolean>> status) {
        Map<String, String> hostTypes = new HashMap<>();
        for (JsonNode c : o.get("centers")) {
            String id = c.get("centerId").asString();
            hostTypes.put(id, c.get("hostType").asString());
            Key k = new Key(Level.CENTER, id, year);
            flag(file + " centerOversight " + id, k, c.get("suppressed").asBoolean());
            JsonNode figures = c.get("figures");
            if (withheld(k)) {
                for (String f : SURVEY_FIGURES) {
                    derivedNull(file, id, f, figures.get(f));
                }
            }
            for (String f : CHANGES) {
                if (withheld(k) || withheld(new Key(Level.CENTER, id, year - 1))) {
                    derivedNull(file, id, f + " (FY" + (year - 1) + " or FY" + year + " withheld)", figures.get(f));
                }
            }
            for (JsonNode y : c.get("trend")) {
                int fy = y.get("fiscalYear").asInt();
                Key ky = new Key(Level.CENTER, id, fy);
                flag(file + " centerOversight " + id + " trend", ky, y.get("suppressed").asBoolean());
                status.computeIfAbsent(fy, x -> new HashMap<>()).merge(id, y.get("suppressed").asBoolean(),
                        Boolean::logicalAnd);
                if (withheld(ky) && (!y.get("newSales").isNull() || !y.get("jobsCreatedOrRetained").isNull())) {
                    finding(file + ": centerOversight " + id + " trend FY" + fy + " prints the figures of a withheld"
                            + " year");
                }
            }
        }
        // the medians of the survey figures count only the centers whose figures are published
        for (JsonNode g : o.get("peerGroups")) {
            String group = g.get("hostType").asString();
            for (String f : List.of("newSales", "retainedSales", "costSavings", "investment", "jobsCreated",
                    "jobsRetained")) {
                List<BigDecimal> values = new ArrayList<>();
                for (Center c : extract.centers.values()) {
                    Key k = new Key(Level.CENTER, c.id(), year);
                    if (hostTypes.containsKey(c.id()) && (group.equals("ALL") || group.equals(hostTypes.get(c.id())))
                            && !withheld(k)) {
                        values.add(value(extract.of(k), f));
                    }
                }
                BigDecimal expected = median(values);
                JsonNode actual = g.get("medians").get(f);
                if (expected == null ? actual != null && !actual.isNull()
                        : actual == null || actual.isNull() || actual.decimalValue().compareTo(expected) != 0) {
                    finding(file + ": centerOversight peer group " + group + " median of " + f + " is " + actual
                            + ", the median over its published centers is " + expected);
                }
            }
        }
    }

    private void derivedNull(String file, String center, String figure, JsonNode node) {
        if (node == null) {
            return;
        }
        for (String field : List.of("value", "rank", "percentile", "hostTypeRank", "hostTypePercentile")) {
            if (node.has(field) && !node.get(field).isNull()) {
                finding(file + ": centerOversight " + center + " " + figure + "." + field + " = " + node.get(field)
                        + " comes from a withheld group");
            }
        }
    }

    private static BigDecimal value(ExtractGroups.Figures f, String figure) {
        return switch (figure) {
            case "newSales" -> f.newSales;
            case "retainedSales" -> f.retainedSales;
            case "costSavings" -> f.costSavings;
            case "investment" -> f.investment;
            case "jobsCreated" -> BigDecimal.valueOf(f.jobsCreated);
            default -> BigDecimal.valueOf(f.jobsRetained);
        };
    }

    private static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2));
    }

    /**
     * National = the states = the centers, a state = its centers: the withheld centers of a published state, and the
     * withheld centers of the withheld states, can each be worked out together by subtraction; each such set must
     * hold no responding client or at least the threshold.
     */
    private void subtraction(String file, int year, Map<String, Boolean> states, Map<String, Boolean> centers) {
        if (extract.nationalRespondents(year).size() < threshold) {
            return;
        }
        List<Key> rest = new ArrayList<>();
        for (String state : new TreeSet<>(states.keySet())) {
            List<Key> hidden = new ArrayList<>();
            for (Center c : extract.centersOf(state)) {
                Key k = new Key(Level.CENTER, c.id(), year);
                if (centers.getOrDefault(c.id(), withheld(k))) {
                    hidden.add(k);
                }
            }
            if (states.get(state)) {
                rest.addAll(hidden);
                if (hidden.isEmpty() && !extract.centersOf(state).isEmpty()) {
                    // a withheld state whose centers are all published is their sum
                    Key s = new Key(Level.STATE, state, year);
                    int n = extract.respondents(s);
                    if (n > 0 && n < threshold) {
                        finding(file + ": " + s + " (" + n + " responding) is the sum of its published centers");
                    }
                }
            } else {
                recoverable(file, "the withheld centers of published state " + state + " in FY" + year, hidden);
            }
        }
        recoverable(file, "the withheld centers of the withheld states in FY" + year
                + " (national minus the published states)", rest);
    }

    private void categories(String file, int year, Map<String, Boolean> status) {
        if (extract.nationalRespondents(year).size() < threshold) {
            return;
        }
        List<Key> hidden = status.entrySet().stream().filter(Map.Entry::getValue)
                .map(e -> new Key(Level.CATEGORY, e.getKey(), year)).toList();
        recoverable(file, "the withheld service categories of FY" + year + " (national minus the published ones)",
                hidden);
    }

    private void recoverable(String file, String what, Collection<Key> keys) {
        int n = extract.respondents(keys);
        if (n > 0 && n < threshold) {
            finding(file + ": " + what + " " + keys + " can be worked out by subtraction and hold " + n
                    + " responding client(s)");
        }
    }

    // ------------------------------------------------------------------ printed tables

    /** The group a cell's text names (year 0: the year comes from the row or the file). */
    private Key named(String text) {
        return byText.get(text.strip());
    }

    private void table(Table t) {
        Key owner = owner(t.heading());
        int yearColumn = -1;
        for (int c = 0; c < t.header().size(); c++) {
            if (t.header().get(c).equalsIgnoreCase("Fiscal year")) {
                yearColumn = c;
            }
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            Key group = rowGroup(row);
            int year = t.fiscalYear();
            for (int c = 0; c < row.size(); c++) {
                Matcher fy = FY.matcher(row.get(c).text());
                if (fy.matches()) {
                    year = Integer.parseInt(fy.group(1));
                } else if (c == yearColumn && row.get(c).number() != null) {
                    year = row.get(c).number().intValue();
                }
            }
            String rowLabel = row.isEmpty() ? "" : row.get(0).text();
            boolean impactRow = IMPACT.matcher(rowLabel).find() && named(rowLabel) == null;
            String figureCell = row.stream().map(Cell::text).filter(x -> IMPACT.matcher(x).find() && x.length() < 60)
                    .findFirst().orElse(null);
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell.blank() || WITHHELD_TEXT.contains(cell.text().strip()) || c == yearColumn) {
                    continue;
                }
                String header = c < t.header().size() ? t.header().get(c) : "";
                Key k;
                boolean impact;
                boolean change;
                if (group != null) {
                    k = new Key(group.level(), group.id(), year);
                    impact = group.level() == Level.INDUSTRY ? CLIENT_SALES.matcher(header).find()
                            : IMPACT.matcher(header).find()
                            || figureCell != null && (header.equalsIgnoreCase("Value") || header.isEmpty());
                    change = CHANGE.matcher(header).find();
                } else if (owner != null && (ownersColumn(header, owner) || year != t.fiscalYear() || yearColumn >= 0)) {
                    k = new Key(owner.level(), owner.id(), year);
                    impact = impactRow && ownersColumn(header, owner) || IMPACT.matcher(header).find()
                            && (yearColumn >= 0 || rowYear(row));
                    change = CHANGE.matcher(rowLabel).find() || CHANGE.matcher(header).find();
                } else {
                    continue;
                }
                if (!impact || c == 0 && group == null) {
                    continue;
                }
                boolean hidden = withheld(k) || change && withheld(new Key(k.level(), k.id(), k.fiscalYear() - 1));
                if (hidden) {
                    finding(t.describe(r, c) + " prints '" + cell.text() + "' for " + k
                            + (withheld(k) ? "" : " (a change from a withheld FY" + (k.fiscalYear() - 1) + ")")
                            + ", a group under the threshold or withheld");
                }
            }
        }
    }

    private static boolean rowYear(List<Cell> row) {
        return !row.isEmpty() && FY.matcher(row.get(0).text()).matches();
    }

    /** The row's group: a center named in it, else a district, a service category, an industry, a state. */
    private Key rowGroup(List<Cell> row) {
        Key best = null;
        for (Cell cell : row) {
            Key k = named(cell.text());
            if (k != null && (best == null || k.level().ordinal() < best.level().ordinal())) {
                best = k;
            }
        }
        return best;
    }

    /** The center or state whose pages a heading starts: "Name (ID)" or a state's name. */
    private Key owner(String heading) {
        if (heading == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\(([A-Z0-9]+)\\)$").matcher(heading);
        if (m.find() && extract.centers.containsKey(m.group(1))) {
            return new Key(Level.CENTER, m.group(1), 0);
        }
        Key k = byText.get(heading);
        return k != null && k.level() == Level.STATE ? k : null;
    }

    private boolean ownersColumn(String header, Key owner) {
        Key k = named(header);
        return k != null && k.id().equals(owner.id()) || header.startsWith("Rank")
                || header.startsWith("State, ") || header.equals("Center");
    }

    /** The tile map of states: a withheld state's square shows (D). */
    private void tileMap(Text t) {
        String[] words = t.text().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            Key k = named(words[i]);
            if (k == null || k.level() != Level.STATE || !words[i].matches("[A-Z]{2}")) {
                continue;
            }
            Key ky = new Key(Level.STATE, k.id(), t.fiscalYear());
            // a square of the impact map: the code, the shade class, the figure ("KS 2 $31.0M"), or "VT (D)"
            String figure = i + 2 < words.length ? words[i + 2] : "";
            if (withheld(ky) && words[i + 1].matches("\\d") && figure.startsWith("$")) {
                finding(t.file() + " " + t.where() + ": the tile map shows '" + words[i + 1] + " " + figure
                        + "' for withheld " + ky);
            }
        }
    }

    // ------------------------------------------------------------------ values anywhere

    /** Every money impact of a group under the threshold (with a responding client) appears in no printed output. */
    private void valueScan(OutputWalk walk) {
        Set<BigDecimal> published = new HashSet<>();
        Map<BigDecimal, Key> secrets = new HashMap<>();
        extract.groups.forEach((k, f) -> {
            if (f.respondents.size() >= threshold) {
                f.money().forEach(v -> published.add(v.setScale(2, RoundingMode.HALF_UP)));
            }
        });
        for (int year : extract.fiscalYears) {
            Set<String> all = extract.nationalRespondents(year);
            ExtractGroups.Figures n = new ExtractGroups.Figures();
            extract.groups.forEach((k, f) -> {
                if (k.level() == Level.CENTER && k.fiscalYear() == year) {
                    n.newSales = n.newSales.add(f.newSales);
                    n.retainedSales = n.retainedSales.add(f.retainedSales);
                    n.costSavings = n.costSavings.add(f.costSavings);
                    n.investment = n.investment.add(f.investment);
                }
            });
            if (all.size() >= threshold) {
                n.money().forEach(v -> published.add(v.setScale(2, RoundingMode.HALF_UP)));
            }
        }
        extract.groups.forEach((k, f) -> {
            if (!f.respondents.isEmpty() && f.respondents.size() < threshold) {
                for (BigDecimal v : f.money()) {
                    BigDecimal cents = v.setScale(2, RoundingMode.HALF_UP);
                    if (cents.compareTo(new BigDecimal("10000")) >= 0 && !published.contains(cents)) {
                        secrets.putIfAbsent(cents, k);
                    }
                }
            }
        });
        DecimalFormat dollars = new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        Map<String, BigDecimal> renderings = new HashMap<>();
        secrets.keySet().forEach(v -> {
            renderings.put(dollars.format(v.setScale(0, RoundingMode.HALF_UP)), v);
            renderings.put(v.toPlainString(), v);
        });
        for (Table t : walk.tables) {
            if (nationalStatistics(t.where(), t.heading())) {
                continue;
            }
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.rows().get(r).size(); c++) {
                    Cell cell = t.rows().get(r).get(c);
                    if (cell.number() != null) {
                        BigDecimal v = BigDecimal.valueOf(cell.number()).setScale(2, RoundingMode.HALF_UP);
                        if (secrets.containsKey(v)) {
                            finding(t.describe(r, c) + " holds " + v + ", a figure of " + secrets.get(v));
                        }
                    } else {
                        for (Map.Entry<String, BigDecimal> e : renderings.entrySet()) {
                            if (contains(cell.text(), e.getKey())) {
                                finding(t.describe(r, c) + " shows " + e.getKey() + ", a figure of "
                                        + secrets.get(e.getValue()));
                            }
                        }
                    }
                }
            }
        }
        for (Text t : walk.texts) {
            if (t.kind().equals("json") || nationalStatistics(t.where(), t.heading())) {
                continue;
            }
            for (Map.Entry<String, BigDecimal> e : renderings.entrySet()) {
                if (contains(t.text(), e.getKey())) {
                    finding(t.file() + " " + t.where() + " (" + t.kind() + "): '" + e.getKey() + "', a figure of "
                            + secrets.get(e.getValue()));
                }
            }
        }
        walk.json.forEach((file, node) -> {
            JsonNode o = node.get("centerOversight");
            if (o != null) {
                scanJson(file + " centerOversight", o, secrets);
            }
        });
    }

    /**
     * The survey statistics of all responding clients (distribution per client, winsorising caps): an order statistic
     * such as a median or a percentile is some client's answer, but it is a national figure that names no group, so
     * the scan for a small group's figures leaves these tables out.
     */
    private static boolean nationalStatistics(String where, String heading) {
        return where.equals("sheet 'Distribution'") || where.equals("sheet 'Estimates'")
                || "Distribution of Impacts per Respondent".equals(heading) || "Estimated Totals".equals(heading);
    }

    private void scanJson(String where, JsonNode node, Map<BigDecimal, Key> secrets) {
        if (node.isNumber()) {
            BigDecimal v = node.decimalValue().setScale(2, RoundingMode.HALF_UP);
            if (secrets.containsKey(v)) {
                finding(where + " = " + v + ", a figure of " + secrets.get(v));
            }
        } else if (node.isContainer()) {
            node.properties().forEach(e -> scanJson(where + "." + e.getKey(), e.getValue(), secrets));
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    scanJson(where + "[" + i + "]", node.get(i), secrets);
                }
            }
        }
    }

    /** The rendering as a whole number in the text (not a part of a longer number). */
    private static boolean contains(String text, String rendering) {
        int at = text.indexOf(rendering);
        while (at >= 0) {
            int end = at + rendering.length();
            boolean before = at > 0 && Character.isDigit(text.charAt(at - 1));
            boolean after = end < text.length() && (Character.isDigit(text.charAt(end))
                    || text.charAt(end) == ',' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))
                    || text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
            if (!before && !after) {
                return true;
            }
            at = text.indexOf(rendering, at + 1);
        }
        return false;
    }

    /** Postal codes to names, for the state fact sheets' headings. */
    static final class StateNames {
        private static final Map<String, String> NAMES = new HashMap<>();

        static {
            String all = "AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|"
                    + "DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|"
                    + "IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|"
                    + "MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|"
                    + "NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|"
                    + "OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|"
                    + "SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|"
                    + "WV West Virginia|WI Wisconsin|WY Wyoming|PR Puerto Rico";
            for (String pair : all.split("\\|")) {
                NAMES.put(pair.substring(0, 2), pair.substring(3));
            }
        }

        static String of(String code) {
            return NAMES.getOrDefault(code, code);
        }
    }

    /** Every group under the threshold with a responding client, for the test's messages. */
    Set<String> secretGroups() {
        Set<String> s = new LinkedHashSet<>();
        extract.groups.forEach((k, f) -> {
            if (!f.respondents.isEmpty() && f.respondents.size() < threshold) {
                s.add(k + ": " + f);
            }
        });
        return s;
    }
}
