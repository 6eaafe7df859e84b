package org.joinery.sharing.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.AccessFacts;
import org.joinery.access.AccessFacts.InvolvementFact;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.index.PersonRef;
import org.joinery.index.Persons;
import org.joinery.sharing.Involvement;
import org.joinery.sharing.LawfulBasis;
import org.springframework.stereotype.Component;

/**
 * The facts the sharing module owns, for the access rules: which person a Joinery ID names, who is involved
 * with them, and the agreements in force. Read under the grant the gate makes for each decision, so they are
 * part of that decision's audit entry and not entries of their own.
 */
@Component
class SharingFacts implements AccessFacts.Source {

    private final Persons persons;
    private final InvolvementStore involvements;
    private final AgreementStore agreements;

    SharingFacts(Persons persons, InvolvementStore involvements, AgreementStore agreements) {
        this.persons = persons;
        this.involvements = involvements;
        this.agreements = agreements;
    }

    @Override
    public AccessFacts forDecision(Grant deciding) {
        return new AccessFacts() {
            @Override
            public Optional<PersonFacts> person(String joineryId, LocalDate day) {
                return persons.byJoineryId(deciding, joineryId).map(PersonRef::id)
                        .map(person -> new PersonFacts(person, open(deciding, person, day)));
            }

            @Override
            public List<AgreementFact> agreementsInForce(UUID from, UUID to, DataCategory category, Purpose purpose,
                    LocalDate day) {
                return agreements.inForce(from, to, category, purpose, day).stream()
                        .map(a -> new AgreementFact(a.id(), a.title(), a.lawfulBasis() == LawfulBasis.CONSENT)).toList();
            }
        };
    }

    /** One open involvement per organisation: its sensitive one if any, otherwise its oldest (the store's order). */
    private List<InvolvementFact> open(Grant deciding, UUID person, LocalDate day) {
        Map<UUID, InvolvementFact> first = new LinkedHashMap<>();
        for (Involvement involvement : involvements.openOn(deciding, person, day)) {
            first.putIfAbsent(involvement.organisationId(),
                    new InvolvementFact(involvement.organisationId(), involvement.startedOn(), involvement.sensitive()));
        }
        return List.copyOf(first.values());
    }
}
