package org.joinery.linking.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.linking.LinkRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The link_run table: when each run started and finished, with counts and a summary. Counts, not people, so
 * no grant is needed to read them; starting a run is gated where it is asked for.
 */
@Component
class LinkRunStore {

    private static final int SUMMARY_LENGTH = 2000;
    private static final String COLUMNS = "r.id, r.kind, m.version as model_version, r.status, r.started_at, r.finished_at,"
            + " r.records, r.persons, r.pairs, r.summary, r.started_by";

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Made before any run of this server can start: every run started earlier belongs to a stopped server. */
    private final Instant serverStarted;

    LinkRunStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.serverStarted = clock.instant();
    }

    /** Records a run as running, outside any run transaction, so the runs page shows it at once. */
    UUID start(String kind, String startedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into link_run (id, kind, status, started_at, started_by) values (?, ?, ?, ?, ?)")
                .params(id, kind, LinkRun.RUNNING, Timestamp.from(clock.instant()), startedBy).update();
        return id;
    }

    void finish(UUID id, UUID modelId, int records, int persons, long pairs, String summary) {
        jdbc.sql("update link_run set status = ?, finished_at = ?, model_id = ?, records = ?, persons = ?, pairs = ?,"
                        + " summary = ? where id = ?")
                .params(LinkRun.DONE, Timestamp.from(clock.instant()), modelId, records, persons, pairs, fit(summary), id)
                .update();
    }

    void fail(UUID id, String summary) {
        jdbc.sql("update link_run set status = ?, finished_at = ?, summary = ? where id = ?")
                .params(LinkRun.FAILED, Timestamp.from(clock.instant()), fit(summary), id).update();
    }

    /**
     * Runs left running by a stopped server cannot finish: say so. Only those started before this server: a batch
     * whose linking was interrupted is delivered again at startup, and its new run may already be running.
     */
    int failInterrupted() {
        return jdbc.sql("update link_run set status = ?, finished_at = ?, summary = ? where status = ? and started_at < ?")
                .params(LinkRun.FAILED, Timestamp.from(clock.instant()),
                        "Stopped when Joinery stopped; nothing it did was kept. Start a new run.", LinkRun.RUNNING,
                        Timestamp.from(serverStarted))
                .update();
    }

    List<LinkRun> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from link_run r left join linkage_model m on m.id = r.model_id"
                + " order by r.started_at desc limit " + limit).query(LinkRun.class).list();
    }

    Optional<LinkRun> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from link_run r left join linkage_model m on m.id = r.model_id where r.id = ?")
                .param(id).query(LinkRun.class).optional();
    }

    private static String fit(String summary) {
        return summary == null || summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
