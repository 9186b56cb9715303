package gov.nist.mep.impact.generate;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** success-stories/*.json: a few stories told by centers, mostly of FY2014, and one file that is not valid JSON. */
final class SuccessStories {

    /** Title, challenge, solution, results, and which impacts the story quotes (new sales, cost savings, jobs). */
    private static final String[][] STORIES = {
        {"Lean cell halves lead time", "Orders waited six weeks behind a batch-and-queue shop floor.",
            "Value-stream mapping, a U-shaped cell and kanban with two key suppliers.",
            "Lead time fell from 30 to 14 days; the company won back two customers.", "sales,savings"},
        {"ISO 9001 opens the aerospace market", "Prime contractors required a certified quality system.",
            "Gap assessment, documented procedures and internal-auditor training for six staff.",
            "Certified in nine months; first aerospace orders followed within the year.", "sales,jobs"},
        {"First export sale to Europe", "All sales came from three domestic distributors.",
            "Export readiness plan, trade-show support and a compliance review.",
            "A German distributor now carries the full product line.", "sales,jobs"},
        {"Cybersecurity plan keeps a defense contract", "A new contract clause required NIST SP 800-171 controls.",
            "Assessment, a system security plan and staff training.",
            "The company kept its largest customer and bid on two more contracts.", "sales"},
        {"Energy audit trims utility bills", "Compressed-air leaks and old lighting drove energy costs up.",
            "An energy assessment, leak repair and an LED retrofit with utility rebates.",
            "Energy use fell 22 percent; savings fund a new CNC machine.", "savings"},
        {"New product doubles sales", "A single product line was losing share to imports.",
            "Product-development sprints with a university lab and a design-for-manufacture review.",
            "A second product line launched; sales doubled in two years.", "sales,jobs,savings"},
    };
    private static final String[] CLIENTS = {
        "Acme Tool & Die", "Señor Fabricación, Inc.", "O'Brien \"Precision\" Castings", "Prairie Foods",
        "Nordic Plastics LLC", "Müller, Schmidt & Co",
    };
    /** Files written, counting the invalid one. */
    static final int FILES = STORIES.length + 1;
    static final int INVALID_FILES = 1;

    private SuccessStories() {
    }

    static void write(ExtractOutput output, List<CenterProfile> centers, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, 0x53544f52L));
        for (int i = 0; i < STORIES.length; i++) {
            String[] story = STORIES[i];
            CenterProfile center = centers.get(random.nextInt(centers.size()));
            int fiscalYear = i == STORIES.length - 1 ? 2013 : 2014;
            StringBuilder json = new StringBuilder("{\n");
            field(json, "center_id", Json.string(center.centerId()));
            field(json, "fiscal_year", Integer.toString(fiscalYear));
            field(json, "client_name", Json.string(CLIENTS[i]));
            field(json, "title", Json.string(story[0]));
            field(json, "challenge", Json.string(story[1]));
            field(json, "solution", Json.string(story[2]));
            field(json, "results", Json.string(story[3]));
            json.append("  \"impacts\": {");
            String separator = "";
            for (String impact : story[4].split(",")) {
                json.append(separator);
                separator = ", ";
                switch (impact) {
                    case "sales" -> json.append("\"new_sales\": ").append(50_000 * Draws.between(random, 4, 80));
                    case "savings" -> json.append("\"cost_savings\": ").append(5_000 * Draws.between(random, 3, 60));
                    default -> json.append("\"jobs_created\": ").append(Draws.between(random, 2, 40));
                }
            }
            json.append("}\n}\n");
            String slug = story[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            output.writeStory(center.centerId() + "-" + fiscalYear + "-" + slug + ".json", json.toString());
        }
        // a draft saved half-way: not valid JSON, so the reader must reject it (line 1)
        output.writeStory("zz-draft.json", "{\"center_id\": \"" + centers.get(0).centerId()
                + "\", \"fiscal_year\": 2014, \"title\": \"Draft: new story\n");
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }
}
