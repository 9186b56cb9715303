package gov.nist.mep.impact;

import gov.nist.mep.impact.cli.Main;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application that holds the jobs. Started by the command line ({@link Main}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MepImpactApplication {

    public static void main(String[] args) {
        System.exit(Main.run(args, System.out, System.err));
    }
}
