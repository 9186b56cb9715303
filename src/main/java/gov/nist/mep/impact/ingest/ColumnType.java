package gov.nist.mep.impact.ingest;

/**
 * The value types of the extract contract, with the SQL type each is staged as and, for free text and keys, the
 * longest value accepted (a longer one is rejected with the rule {@code length}, so staging can hold every accepted
 * value).
 */
enum ColumnType {
    TEXT("VARCHAR(100000)", 100_000),
    INTEGER("BIGINT", 0),
    MONEY("DECIMAL(19,2)", 0),
    DECIMAL("DECIMAL(30,10)", 0),
    DATE("DATE", 0),
    ENUM("VARCHAR(64)", 0),
    BOOLEAN("BOOLEAN", 0),
    STATE("VARCHAR(2)", 0),
    NAICS("VARCHAR(6)", 0),
    KEY("VARCHAR(255)", 255),
    /** A 5-digit ZIP code (the crosswalk's key): anything else breaks the rule {@code zip}. */
    ZIP_CODE("VARCHAR(5)", 0),
    /** A congressional district code: {@code OH-09}, {@code WY-AL}, {@code DC-DL} (rule {@code district}). */
    DISTRICT("VARCHAR(5)", 0),
    /**
     * A client's ZIP code, taken as written and never a reason to reject the client: a blank, malformed or unknown
     * one puts the client in "district unknown". Staged as written (at most {@value ColumnType#ZIP_STAGED_LENGTH}
     * characters: a longer value cannot be a ZIP code either way).
     */
    ZIP_AS_WRITTEN("VARCHAR(64)", 0),
    /** A success story's impacts: a JSON object of non-negative numbers, staged as its JSON text. */
    IMPACTS("VARCHAR(100000)", 100_000);

    /** Characters of a client's ZIP value that are staged. */
    static final int ZIP_STAGED_LENGTH = 64;

    private final String sqlType;
    private final int maxLength;

    ColumnType(String sqlType, int maxLength) {
        this.sqlType = sqlType;
        this.maxLength = maxLength;
    }

    String sqlType() {
        return sqlType;
    }

    /** The longest value accepted, in characters; 0 when the type's own rule bounds it. */
    int maxLength() {
        return maxLength;
    }
}
