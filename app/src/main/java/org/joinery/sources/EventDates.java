package org.joinery.sources;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.joinery.linkage.model.SourceMapping;

/**
 * Reads the dates a record was opened and closed. Systems often write these differently from dates of birth:
 * with four-digit years where the date of birth has two, or as ISO 8601. So besides the mapping's formats, the
 * same formats with four-digit years and yyyy-MM-dd are accepted; anything else is an error naming them all.
 */
public final class EventDates {

    private final List<String> patterns;
    private final List<DateTimeFormatter> formats;

    public EventDates(SourceMapping mapping) {
        Set<String> patterns = new LinkedHashSet<>(mapping.dateFormats());
        for (String format : mapping.dateFormats()) {
            if (!format.contains("yyyy") && format.contains("yy")) {
                patterns.add(format.replace("yy", "yyyy"));
            }
        }
        patterns.add("yyyy-MM-dd");
        this.patterns = List.copyOf(patterns);
        this.formats = this.patterns.stream().map(SourceMapping::dateFormatter).toList();
    }

    /** The date, or null when no accepted format reads it. */
    public LocalDate read(String value) {
        for (DateTimeFormatter format : formats) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** The problem with a value no accepted format reads. */
    public String problem(String value) {
        return org.joinery.linkage.data.RowMapper.quoted(value) + " is not a date written as " + String.join(" or ", patterns);
    }
}
