package org.joinery.demo.internal;

import static org.joinery.access.Role.ADMINISTRATOR;
import static org.joinery.access.Role.ANALYST;
import static org.joinery.access.Role.INFORMATION_GOVERNANCE_OFFICER;
import static org.joinery.access.Role.PRACTITIONER;
import static org.joinery.access.Role.TEAM_MANAGER;
import static org.joinery.organisations.OrganisationType.COUNCIL_SERVICE;
import static org.joinery.organisations.OrganisationType.FUNDER;
import static org.joinery.organisations.OrganisationType.INTERMEDIARY;
import static org.joinery.organisations.OrganisationType.NHS_TRUST;
import static org.joinery.organisations.OrganisationType.POLICE;
import static org.joinery.organisations.OrganisationType.PROBATION;
import static org.joinery.organisations.OrganisationType.VOLUNTARY_OR_COMMUNITY;

import java.util.List;
import org.joinery.demo.internal.DemoOrganisation.DemoStaff;

/**
 * The organisations of the demo borough (fictional, shaped like a London borough's partnership)
 * and one member of staff for each role each of them would have.
 */
final class DemoBorough {

    private DemoBorough() {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("council", "Eastbrook Council", COUNCIL_SERVICE, true,
                    List.of("Housing options", "Revenues and benefits", "Adult social care", "Community hub"),
                    List.of(new DemoStaff(PRACTITIONER, "Amara Osei", "Housing options"),
                            new DemoStaff(TEAM_MANAGER, "Gareth Lloyd", "Housing options"),
                            new DemoStaff(INFORMATION_GOVERNANCE_OFFICER, "Priya Raman", "Community hub"),
                            new DemoStaff(ANALYST, "Tomasz Nowak", "Community hub"),
                            new DemoStaff(ADMINISTRATOR, "Helen Carter", "Community hub"))),
            service("recovery", "Riverside Recovery Service", VOLUNTARY_OR_COMMUNITY, "Drug and alcohol recovery",
                    "Kwame Mensah", "Shabana Hussain", "Laura Bennett", "Daniel Okoro"),
            service("probation", "Eastbrook Probation Delivery Unit", PROBATION, "Offender management",
                    "Sinead Byrne", "Marcus Reid", "Aisha Begum", "Oliver Hughes"),
            service("police", "Eastbrook Police Borough Command", POLICE, "Neighbourhood policing",
                    "Ravi Patel", "Claire Murphy", "Emeka Nwosu", "Joanna Kowalska"),
            service("mentalhealth", "Thames Gateway Mental Health NHS Trust", NHS_TRUST, "Community mental health",
                    "Fatima Ali", "Simon Walsh", "Grace Adeyemi", "Ioana Popescu"),
            service("refuge", "Safe Harbour Domestic Abuse Service", VOLUNTARY_OR_COMMUNITY, "Independent advocacy",
                    "Nadia Rahman", "Rebecca Stone", "Yetunde Bello", "Chloe Evans"),
            service("employment", "Pathways Employment Support", VOLUNTARY_OR_COMMUNITY, "Job coaching",
                    "Mohammed Iqbal", "Sarah Doyle", "Bogdan Ionescu", "Natalie Green"),
            service("neighbours", "Neighbours Together Participation Programme", VOLUNTARY_OR_COMMUNITY, "Community connectors",
                    "Zainab Kamara", "Peter Sullivan", "Anita Sharma", "Lewis Clarke"),
            new DemoOrganisation("funder", "Thames Community Foundation", FUNDER, false, List.of("Grants and learning"),
                    List.of(new DemoStaff(ANALYST, "Eleanor Wright", null),
                            new DemoStaff(ADMINISTRATOR, "Samuel Adjei", null))),
            new DemoOrganisation("intermediary", "Joining Up Partnership", INTERMEDIARY, false, List.of("System change"),
                    List.of(new DemoStaff(ANALYST, "Mei Chen", null),
                            new DemoStaff(ADMINISTRATOR, "Farah Haddad", null))));

    /** A frontline service: one team, and a practitioner, team manager, IG officer and administrator. */
    private static DemoOrganisation service(String key, String name, org.joinery.organisations.OrganisationType type,
            String team, String practitioner, String manager, String governance, String administrator) {
        return new DemoOrganisation(key, name, type, false, List.of(team),
                List.of(new DemoStaff(PRACTITIONER, practitioner, null),
                        new DemoStaff(TEAM_MANAGER, manager, null),
                        new DemoStaff(INFORMATION_GOVERNANCE_OFFICER, governance, null),
                        new DemoStaff(ADMINISTRATOR, administrator, null)));
    }
}
