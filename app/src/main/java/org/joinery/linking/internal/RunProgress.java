package org.joinery.linking.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** The latest progress line of each run still going, for the runs page; forgotten when the run ends. */
@Component
class RunProgress {

    private final Map<UUID, String> latest = new ConcurrentHashMap<>();

    Consumer<String> of(UUID runId) {
        return message -> latest.put(runId, message);
    }

    Optional<String> latest(UUID runId) {
        return Optional.ofNullable(latest.get(runId));
    }

    void done(UUID runId) {
        latest.remove(runId);
    }
}
