package gov.nist.mep.impact.generate;

import tools.jackson.core.io.JsonStringEncoder;

/** The little JSON writing the generator needs: string literals, escaped by Jackson as every JSON we write is. */
final class Json {

    private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

    private Json() {
    }

    static void appendString(StringBuilder out, String value) {
        out.append('"');
        ENCODER.quoteAsString(value, out);
        out.append('"');
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        appendString(out, value);
        return out.toString();
    }
}
