package org.joinery.residents.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.index.PersonEvent;
import org.joinery.residents.PersonPage.HistoryEntry;

/**
 * A person's history as one reader may see it: history reasons name and count source records, so an entry
 * says only as much as the reader may see of the records it is about.
 * <ul>
 *   <li>about only records the reader may see: the whole entry, reason and all;</li>
 *   <li>about a record of another organisation's sensitive source (a refuge) that the reader may not see: nothing
 *       at all, not even that something happened then, which would give away that the source knows the person;</li>
 *   <li>about any other record the reader may not see: what happened and when, without the reason.</li>
 * </ul>
 * An entry written before Joinery kept which records an entry is about is taken to be about every record of the
 * person: it is shown without its reason, and not at all while a hidden source holds a record of the person.
 */
final class HistoryForReader {


    private HistoryForReader() {
    }

    /**
     * @param visible       the records whose details the reader may see on this page
     * @param personRecords every record of the person now
     * @param sourceOf      the source of each record the history is about (a record missing here counts as hidden)
     * @param hiddenSources the sources the reader may not learn hold a record: other organisations' sensitive ones
     */
    static List<HistoryEntry> of(List<PersonEvent> history, Set<Long> visible, Collection<Long> personRecords,
                          Map<Long, UUID> sourceOf, Set<UUID> hiddenSources) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (PersonEvent event : history) {
            Collection<Long> about = event.about() == null ? personRecords : event.about();
            boolean hidden = about.stream().anyMatch(record -> !visible.contains(record)
                    && (!sourceOf.containsKey(record) || hiddenSources.contains(sourceOf.get(record))));
            if (hidden) {
                continue;
            }
            boolean reasonShown = event.about() != null && visible.containsAll(about);
            entries.add(new HistoryEntry(event.day(), event.kind(), event.otherJoineryId(), reasonShown ? event.reason() : null));
        }
        return List.copyOf(entries);
    }

    /** The records the history is about, for looking up their sources. */
    static Set<Long> recordsOf(List<PersonEvent> history) {
        Set<Long> records = new java.util.HashSet<>();
        history.stream().filter(event -> event.about() != null).forEach(event -> records.addAll(event.about()));
        return records;
    }
}
