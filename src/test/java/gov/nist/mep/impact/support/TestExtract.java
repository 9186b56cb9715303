package gov.nist.mep.impact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds small extract folders for tests. {@link #minimal} writes a valid extract with one center (OH01) funded in
 * FY2014 and empty MEIS and survey folders; tests then add or replace files.
 */
public final class TestExtract {

    public static final String CLIENT_HEADER = "center_id,client_id,client_name,state,naics,employees,contact_name,"
            + "contact_email,contact_phone,submitted_date";
    public static final String PROJECT_HEADER = "center_id,project_id,client_id,service_category,start_date,"
            + "completion_date,staff_hours,third_party_hours,client_fee,submitted_date";
    public static final String SURVEY_HEADER = "survey_id,center_id,project_id,survey_date,disposition,new_sales,"
            + "retained_sales,cost_savings,invest_plant_equipment,invest_it,invest_workforce,invest_other,jobs_created,"
            + "jobs_retained,recommend,satisfaction";
    public static final String CENTER_HEADER = "center_id,center_name,state,host_type,award_start_fy,recompeted,"
            + "regional_offices";
    public static final String FINANCIALS_HEADER = "fiscal_year,center_id,federal_funds,state_funds,local_funds,"
            + "client_fees,other_income";

    private final Path root;

    private TestExtract(Path root) {
        this.root = root;
    }

    public static TestExtract minimal(Path root) {
        TestExtract x = new TestExtract(root);
        x.write("appropriations.csv", "fiscal_year,appropriation", "2013,120000000", "2014,128000000");
        x.write("centers.csv", CENTER_HEADER, "OH01,Ohio MEP,OH,NONPROFIT,2010,false,2");
        x.write("center-financials.csv", FINANCIALS_HEADER, "2014,OH01,1000000,1500000,,500000,");
        x.folder("meis/clients");
        x.folder("meis/projects");
        x.folder("survey");
        return x;
    }

    public Path root() {
        return root;
    }

    /** Writes a file of the extract, lines joined with LF and a final LF. */
    public TestExtract write(String relativePath, String... lines) {
        return writeRaw(relativePath, String.join("\n", lines) + "\n");
    }

    public TestExtract writeRaw(String relativePath, String content) {
        return writeBytes(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestExtract writeBytes(String relativePath, byte[] content) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestExtract folder(String relativePath) {
        try {
            Files.createDirectories(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestExtract delete(String relativePath) {
        try {
            Path p = root.resolve(relativePath);
            if (Files.isDirectory(p)) {
                try (var files = Files.list(p)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
            }
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A client row of center OH01 with fake contact data. */
    public static String client(String id, String naics, int employees, String submitted) {
        return "OH01," + id + ",Client " + id + ",OH," + naics + "," + employees + ",Pat Private,pat.private@example.com,"
                + "555-0199," + submitted;
    }

    /** A project row of center OH01. */
    public static String project(String id, String client, String category, String start, String completion,
            String hours, String submitted) {
        return "OH01," + id + "," + client + "," + category + "," + start + "," + completion + "," + hours + ",,,"
                + submitted;
    }

    /** A COMPLETE survey row of center OH01 with the given impacts. */
    public static String complete(String id, String project, String date, String newSales, String retained,
            String savings, String investPlant, String jobsCreated, String jobsRetained, String recommend) {
        return id + ",OH01," + project + "," + date + ",COMPLETE," + newSales + "," + retained + "," + savings + ","
                + investPlant + ",,,," + jobsCreated + "," + jobsRetained + "," + recommend + ",";
    }

    /** A survey row of center OH01 that is not COMPLETE. */
    public static String unanswered(String id, String project, String date, String disposition) {
        return id + ",OH01," + project + "," + date + "," + disposition + ",,,,,,,,,,,";
    }
}
