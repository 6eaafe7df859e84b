package org.joinery.linking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.joinery.access.Grant;
import org.springframework.stereotype.Service;

/** Persons of the index for other modules: each call needs a grant from the access gate. */
@Service
public class Persons {

    private final PersonIndexStore store;

    Persons(PersonIndexStore store) {
        this.store = store;
    }

    public Optional<PersonRef> byJoineryId(Grant grant, String joineryId) {
        return store.byJoineryId(grant, joineryId);
    }

    /** The ids of the source records that make up the person now (a grant to read the person's INVOLVEMENT or LINKAGE). */
    public List<Long> recordIdsOf(Grant grant, UUID personId) {
        return store.recordIdsOf(grant, personId);
    }

    // For the person page (helper review).

    /** The scored pairs between these records of a person (a grant to read the person's INVOLVEMENT or IDENTITY). */
    public List<ScoredPair> pairsAmong(Grant grant, Collection<Long> recordIds) {
        return store.pairsAmong(grant, recordIds);
    }

    /** The person's merge and split history with reasons, oldest first. */
    public List<PersonEvent> history(Grant grant, UUID personId) {
        return store.history(grant, personId);
    }

    /** Where a retired person went: the Joinery ID of the current person it was merged into, if any. */
    public Optional<String> mergedInto(Grant grant, UUID retiredPersonId) {
        return store.mergedInto(grant, retiredPersonId);
    }

    // --- Added by the sharing branch: what deriving involvements and listing them need. ---

    /** Every source record's person now (a grant to read LINKAGE), for deriving involvements after a run. */
    public void forEachMembership(Grant grant, Consumer<Membership> each) {
        store.forEachMembership(grant, each);
    }

    /** The Joinery IDs of these persons (a grant to read INVOLVEMENT or LINKAGE). */
    public Map<UUID, String> joineryIdsOf(Grant grant, Collection<UUID> personIds) {
        return store.joineryIdsOf(grant, personIds);
    }
}
