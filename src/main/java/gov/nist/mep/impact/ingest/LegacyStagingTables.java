package gov.nist.mep.impact.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Earlier builds staged records in tables of the job repository's database; their rows (the
 * last run's, up to millions) are dead weight now that each run stages in a file of its own, so the tables are
 * dropped when the application starts. A no-op on a repository that never had them.
 */
@Component
class LegacyStagingTables {

    LegacyStagingTables(JdbcTemplate repository) {
        for (FileKind kind : FileKind.values()) {
            repository.execute("DROP TABLE IF EXISTS " + kind.table());
        }
        repository.execute("DROP TABLE IF EXISTS stg_reject");
        repository.execute("DROP TABLE IF EXISTS stg_file");
    }
}
