package gov.nist.mep.impact.ingest;

/** The value types of the extract contract, with the SQL type each is staged as. */
enum ColumnType {
    TEXT("VARCHAR(1000000)"),
    INTEGER("BIGINT"),
    MONEY("DECIMAL(19,2)"),
    DECIMAL("DECIMAL(30,10)"),
    DATE("DATE"),
    ENUM("VARCHAR(64)"),
    BOOLEAN("BOOLEAN"),
    STATE("VARCHAR(2)"),
    NAICS("VARCHAR(6)"),
    KEY("VARCHAR(255)");

    private final String sqlType;

    ColumnType(String sqlType) {
        this.sqlType = sqlType;
    }

    String sqlType() {
        return sqlType;
    }
}
