package org.joinery.demo.internal;

import java.io.IOException;
import org.joinery.demo.BoroughFolder;
import org.joinery.synth.Borough;
import org.joinery.synth.BoroughOptions;
import org.joinery.synth.BoroughProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo, generates the demo borough (20,000 residents unless joinery.borough.residents says otherwise) when the application starts, unless the
 * borough folder already holds one made with the same options.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "joinery.demo.enabled", havingValue = "true")
class DemoBoroughGeneration implements ApplicationRunner {

    static final long DEMO_SEED = 2026;
    private static final Logger log = LoggerFactory.getLogger(DemoBoroughGeneration.class);

    private final BoroughFolder folder;
    private final BoroughOptions demoBorough;

    DemoBoroughGeneration(BoroughFolder folder, @Value("${joinery.borough.residents:20000}") long residents) {
        this.folder = folder;
        this.demoBorough = BoroughOptions.of(residents, DEMO_SEED);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (Borough.isGenerated(demoBorough, folder.path())) {
            log.info("The demo borough is already in {}", folder.path());
            return;
        }
        log.info("Generating the demo borough ({} residents) into {}", demoBorough.residents(), folder.path());
        Borough.Result result = Borough.generateUnlessPresent(demoBorough, folder.path(),
                (done, total, rows, elapsed) -> log.info("Demo borough: {}", BoroughProgress.describe(done, total, rows, elapsed)));
        log.info("The demo borough is ready: {} residents, {} extract rows, in {}", demoBorough.residents(), result.rows(),
                result.folder());
    }
}
