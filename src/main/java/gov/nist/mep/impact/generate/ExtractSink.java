package gov.nist.mep.impact.generate;

import java.io.IOException;

/** Where generated records go: the extract folder, or nowhere (the measuring run of {@link ImpactCalibration}). */
interface ExtractSink {

    /** A sink that writes nothing. */
    ExtractSink DISCARD = new ExtractSink() {
        @Override
        public void client(CenterProfile center, FiscalQuarter quarter, String[] row) {
        }

        @Override
        public void project(CenterProfile center, FiscalQuarter quarter, String[] row) {
        }

        @Override
        public void survey(FiscalQuarter wave, String[] row) {
        }

        @Override
        public void centerFinished() {
        }
    };

    /** A client record reported by {@code center} for {@code quarter}. */
    void client(CenterProfile center, FiscalQuarter quarter, String[] row) throws IOException;

    /** A project record reported by {@code center} for {@code quarter}. */
    void project(CenterProfile center, FiscalQuarter quarter, String[] row) throws IOException;

    /** A survey record of the survey wave of {@code wave}. */
    void survey(FiscalQuarter wave, String[] row) throws IOException;

    /** The current center has no more client or project records. */
    void centerFinished() throws IOException;
}
