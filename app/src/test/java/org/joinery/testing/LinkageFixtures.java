package org.joinery.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.ModelJson;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.StandardModel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts linkage results straight into the database: a run, scored pairs (link_pair), an active trained model
 * and merges, so review and person pages can be tested without a linkage run. Test code only.
 */
public final class LinkageFixtures {

    private final JdbcTemplate jdbc;
    private UUID run;

    public LinkageFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A finished full run; later pairs belong to it. */
    public UUID run() {
        run = UUID.randomUUID();
        jdbc.update("insert into link_run (id, kind, status, started_at, finished_at, started_by) values (?, 'FULL', 'DONE', ?, ?, 'test')",
                run, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        return run;
    }

    /** A scored pair of the latest run (the lower id on the left, as the engine keeps them). */
    public void pair(long one, long other, double matchWeight, double probability) {
        if (run == null) {
            run();
        }
        jdbc.update("insert into link_pair (left_record_id, right_record_id, run_id, match_weight, probability) values (?, ?, ?, ?, ?)",
                Math.min(one, other), Math.max(one, other), run, matchWeight, probability);
    }

    /** Every scored pair and membership gone, as when a full run starts again. */
    public void forgetPairs() {
        jdbc.update("delete from link_pair");
    }

    /**
     * An active model for forenames, surname, date of birth and postcode with made-up m and u: each comparison's
     * first level is strong evidence for a match, each later one weaker, the last evidence against.
     */
    public int activeModel() {
        Model standard = StandardModel.forFields(EnumSet.of(PersonField.FORENAMES, PersonField.SURNAME,
                PersonField.DATE_OF_BIRTH, PersonField.POSTCODE));
        List<Comparison> trained = new ArrayList<>();
        for (Comparison comparison : standard.comparisons()) {
            List<Level> levels = new ArrayList<>();
            int k = comparison.levels().size() - 1;
            double total = Math.pow(2, k) - 1;
            levels.add(comparison.levels().get(0));
            for (int i = 1; i <= k; i++) {
                levels.add(comparison.levels().get(i).withProbabilities(Math.pow(2, k - i) / total, Math.pow(2, i - 1) / total));
            }
            trained.add(comparison.withLevels(levels));
        }
        Model model = standard.withComparisons(trained).withPrior(0.001);
        Integer version = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from linkage_model", Integer.class);
        jdbc.update("update linkage_model set active = false");
        jdbc.update("""
                insert into linkage_model (id, version, model_json, training, summary, active, created_at, created_by)
                values (?, ?, ?, 'TEST', 'made-up m and u', true, ?, 'test')
                """, UUID.randomUUID(), version, ModelJson.write(model), Timestamp.from(Instant.now()));
        return version;
    }

    /** No model is active. */
    public void noActiveModel() {
        jdbc.update("update linkage_model set active = false");
    }

    /** The person is retired, merged into the other: its records moved there. */
    public void merge(UUID retired, UUID into) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("update person set retired_at = ?, retired_reason = 'merged' where id = ?", now, retired);
        jdbc.update("update person_record set person_id = ? where person_id = ?", into, retired);
        // As the linking module records a merge: MERGED_INTO on the retired person, MERGED on the one it became.
        jdbc.update("insert into person_event (person_id, kind, other_person_id, reason, occurred_at) values (?, 'MERGED_INTO', ?, ?, ?)",
                retired, into, "Records linked in a later run", now);
        jdbc.update("insert into person_event (person_id, kind, other_person_id, reason, occurred_at) values (?, 'MERGED', ?, ?, ?)",
                into, retired, "Records linked in a later run", now);
    }
}
