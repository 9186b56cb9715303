package gov.nist.mep.impact.generate;

/**
 * What a center knows about one client, as its latest (winning) record says. When {@code firstNaics} or
 * {@code firstEmployees} differ from the final values, the client's first record carried those wrong values and a
 * correction followed. Contact fields are made-up personal data; the ZIP code is synthetic (see
 * {@link CongressionalDistricts}).
 */
record ClientProfile(String clientId, String clientName, String state, String naics, int employees, String zip,
        String contactName, String contactEmail, String contactPhone, String firstNaics, int firstEmployees) {

    boolean wasCorrected() {
        return !firstNaics.equals(naics) || firstEmployees != employees;
    }

    /** The program's eligibility rule: manufacturing NAICS (31, 32, 33) and fewer than 250 employees. */
    boolean eligible() {
        return (naics.startsWith("31") || naics.startsWith("32") || naics.startsWith("33")) && employees < 250;
    }
}
