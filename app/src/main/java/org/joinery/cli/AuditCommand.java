package org.joinery.cli;

import java.util.concurrent.Callable;
import org.joinery.audit.AuditChain;
import org.joinery.audit.AuditVerifyProcess;
import org.joinery.audit.ChainVerification;
import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit log.",
        subcommands = AuditCommand.Verify.class)
public class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the audit log's hash chain. Exits 0 if intact, 1 if broken, 2 if the database cannot be reached.")
    static class Verify implements Callable<Integer> {

        @Override
        public Integer call() {
            return OfflineContext.run(context -> {
                ChainVerification result = context.getBean(AuditChain.class).verify(AuditVerifyProcess.ACTOR);
                if (result.intact()) {
                    System.out.printf("The audit log is intact: %,d entries checked.%n", result.entriesChecked());
                    return 0;
                }
                System.out.printf("The audit log has been tampered with at entry %d: %s%n", result.firstBrokenSeq(), result.problem());
                return 1;
            });
        }
    }
}
