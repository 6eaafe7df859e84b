package org.joinery.residents.internal;

import java.util.Map;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.linkage.live.FieldAgreement;
import org.joinery.linkage.model.PersonField;
import org.joinery.index.PersonRef;
import org.joinery.index.ResidentIndex;
import org.joinery.residents.FrontDoor;
import org.joinery.residents.SearchTerms;
import org.joinery.sharing.Involvements;
import org.joinery.sharing.LawfulBasis;
import org.joinery.sharing.NewInvolvement;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.FrontDoorRecords;
import org.joinery.sources.Sources;
import org.joinery.platform.JoineryProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link FrontDoor} over the resident index, the front-door source and involvements, each step through the gate. */
@Service
class FrontDoorService implements FrontDoor {

    private final AccessGate gate;
    private final ResidentIndex index;
    private final FrontDoorRecords records;
    private final TransactionTemplate transactions;
    private final double likely;
    private final Involvements involvements;
    private final SearchTerms terms;
    private final Sources sources;

    FrontDoorService(AccessGate gate, ResidentIndex index, FrontDoorRecords records, TransactionTemplate transactions,
              JoineryProperties properties, Involvements involvements, SearchTerms terms,
              Sources sources) {
        this.involvements = involvements;
        this.terms = terms;
        this.sources = sources;
        this.gate = gate;
        this.index = index;
        this.records = records;
        this.transactions = transactions;
        this.likely = properties.find().likelyProbability();
    }

    @Override
    public ResidentIndex.Search search(Actor actor, Map<PersonField, String> details) {
        // The audit entry names the terms (as keyed hashes) and the persons this returns: whatever is left out of
        // the result must be left out inside the search, so that the entry records exactly what is shown.
        var request = new AccessRequest(actor, Action.READ, DataRef.of(DataCategory.RESIDENT_SEARCH, actor.organisationId()),
                Purpose.DIRECT_CARE);
        return gate.search(request, terms.hashed(details),
                grant -> likelyOnes(index.search(grant, details, sources.sensitiveOutside(actor.organisationId()))),
                shown -> shown.persons().stream().map(ResidentIndex.PersonMatch::joineryId).toList());
    }

    private ResidentIndex.Search likelyOnes(ResidentIndex.Search found) {
        return new ResidentIndex.Search(found.persons().stream()
                .filter(p -> p.matchProbability() >= likely || sameNationalIdentifier(p)).toList(),
                found.narrowed(), found.ready());
    }

    /**
     * An NHS or National Insurance number that agrees exactly is shown even below the likely probability: the
     * model weighs an identifier alone against the chance that two random records are one person, but a worker
     * holding the resident's own number should see who has it, with its probability, and judge.
     */
    private static boolean sameNationalIdentifier(ResidentIndex.PersonMatch person) {
        return person.details().stream().anyMatch(detail -> detail.agreement() == FieldAgreement.AGREED
                && (detail.field() == PersonField.NHS_NUMBER || detail.field() == PersonField.NI_NUMBER));
    }

    @Override
    public PersonRef register(Actor actor, Map<PersonField, String> details, String reason) {
        Grant grant = gate.authorise(actor, Action.WRITE, DataRef.of(DataCategory.IDENTITY, actor.organisationId()),
                Purpose.DIRECT_CARE);
        record Registered(CurrentRecord record, PersonRef person) {
        }
        Registered registered = transactions.execute(status -> {
            CurrentRecord record = records.register(grant, details);
            PersonRef person = index.registerPerson(grant, record, "Registered at the front door by " + actor.username()
                    + " (no likely match). Reason for involvement: " + reason);
            // The practitioner's organisation is involved from now on: that is what lets it see the person's record.
            Grant involvement = gate.authorise(actor, Action.WRITE, DataRef.subject(DataCategory.INVOLVEMENT,
                    person.joineryId(), actor.organisationId()), Purpose.DIRECT_CARE);
            involvements.start(involvement, person, new NewInvolvement(reason, LawfulBasis.PUBLIC_TASK, null,
                    "The practitioner who registered them (" + actor.username() + ")", false));
            return new Registered(record, person);
        });
        // Only once committed: a rolled-back registration must not be found.
        index.put(registered.record(), registered.person().joineryId());
        return registered.person();
    }
}
