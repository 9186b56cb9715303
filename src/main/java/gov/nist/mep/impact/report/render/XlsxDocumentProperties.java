package gov.nist.mep.impact.report.render;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The workbook's document properties. {@code created} comes from the data (for a fiscal-year report, the year's last
 * day), never from the clock, so reruns give the same bytes.
 */
public record XlsxDocumentProperties(String title, String subject, String creator, String keywords, String description,
        LocalDate created) {

    public XlsxDocumentProperties {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(created, "created");
    }
}
