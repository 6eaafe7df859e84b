package org.joinery.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.joinery.audit.AuditChain;
import org.joinery.audit.AuditVerifyProcess;
import org.joinery.audit.ChainVerification;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit log.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the audit log's hash chain. Exits 0 if intact, 1 if broken, 2 if the database cannot be reached.")
    static class Verify implements Callable<Integer> {

        @Override
        public Integer call() {
            return OfflineContext.run(context -> {
                ChainVerification result = context.getBean(AuditChain.class).verify(AuditVerifyProcess.ACTOR);
                MessageSource messages = context.getBean(MessageSource.class);
                if (result.intact()) {
                    System.out.println(messages.getMessage("audit.cli.intact",
                            new Object[] {result.entriesChecked(), result.lastSeq(), result.lastHash()}, Locale.UK));
                    return 0;
                }
                System.out.println(messages.getMessage("audit.cli.broken", new Object[] {result.firstBrokenSeq(),
                        messages.getMessage(result.problemKey(), result.problemArguments(), Locale.UK)}, Locale.UK));
                return 1;
            });
        }
    }
}
