package gov.nist.mep.impact.metrics;

/** A success story of the year, as the extract tells it (the client named is a company, not a person). */
public record SuccessStory(String file, String centerId, int fiscalYear, String clientName, String title,
        String challenge, String solution, String results, String impactsJson) {

    static SuccessStory of(StagedRecords.Story s) {
        return new SuccessStory(s.file(), s.centerId(), s.fiscalYear(), s.clientName(), s.title(), s.challenge(),
                s.solution(), s.results(), s.impactsJson());
    }
}
