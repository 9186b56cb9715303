package gov.nist.mep.impact.report.render;

import java.util.List;

/**
 * What a template's {@code [each: name]} block repeats over: one set of figures per item. The prototype holds every
 * name an item has (values may be null), so that a template naming an unknown item figure fails even when the
 * collection is empty.
 *
 * @param prototype the names and kinds every item has
 * @param items the items in print order
 */
public record PlaceholderCollection(PlaceholderValues prototype, List<PlaceholderValues> items) {

    public PlaceholderCollection {
        items = List.copyOf(items);
    }
}
