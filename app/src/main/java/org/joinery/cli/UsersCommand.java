package org.joinery.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.joinery.access.Role;
import org.joinery.accounts.InvalidAccount;
import org.joinery.accounts.NewAccount;
import org.joinery.accounts.Provisioning;
import org.joinery.accounts.StaffAccount;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Organisations;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage staff accounts from the command line.",
        subcommands = UsersCommand.CreateAdmin.class)
class UsersCommand {

    /** The environment variable the first administrator's password is read from; never a command-line argument. */
    static final String PASSWORD_VARIABLE = "JOINERY_ADMIN_PASSWORD";

    @Command(name = "create-admin", mixinStandardHelpOptions = true,
            description = {"Create an administrator of the host organisation (the one that runs this Joinery), creating",
                    "that organisation first if there is none. The password is read from " + PASSWORD_VARIABLE,
                    "or asked for in the terminal. Exits 0 when created, 1 if the details are refused, 2 if it cannot run."})
    static class CreateAdmin implements Callable<Integer> {

        @Option(names = "--organisation", description = "Name of the host organisation; needed when there is none yet.")
        String organisation;

        @Option(names = "--type", description = "Type of the host organisation when it is created: ${COMPLETION-CANDIDATES}.")
        OrganisationType type;

        @Option(names = "--username", required = true, description = "The administrator's username, for example admin.")
        String username;

        @Option(names = "--display-name", required = true, description = "The administrator's full name.")
        String displayName;

        @Option(names = "--email", description = "The administrator's work email address (needed for OIDC sign-in).")
        String email;

        @Override
        public Integer call() {
            String password = readPassword(System.err);
            if (password == null) {
                return 2;
            }
            FirstAdministrator request = new FirstAdministrator(organisation, type, username, displayName, email, password);
            return OfflineContext.run(context -> create(context, request, System.out, System.err));
        }
    }

    /** What create-admin was asked to do. */
    record FirstAdministrator(String organisation, OrganisationType type, String username, String displayName, String email,
            String password) {

        @Override
        public String toString() {
            return "FirstAdministrator[" + username + " of " + organisation + "]";
        }
    }

    /** Creates the host organisation (if needed) and the administrator in one transaction: both or neither. */
    static int create(ApplicationContext context, FirstAdministrator request, PrintStream out, PrintStream err) {
        Organisations organisations = context.getBean(Organisations.class);
        Provisioning provisioning = context.getBean(Provisioning.class);
        MessageSource messages = context.getBean(MessageSource.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        try {
            return transaction.execute(status -> {
                var existing = organisations.host();
                Organisation host;
                if (existing.isPresent()) {
                    host = existing.get();
                    if (request.organisation() != null && !request.organisation().strip().equalsIgnoreCase(host.name())) {
                        err.println("The host organisation is already \"" + host.name()
                                + "\". Leave out --organisation, or give that name.");
                        return 2;
                    }
                } else {
                    if (request.organisation() == null || request.organisation().isBlank() || request.type() == null) {
                        err.println("There is no host organisation yet. Give its name with --organisation and its type with --type (one of "
                                + Arrays.toString(OrganisationType.values()) + ").");
                        return 2;
                    }
                    if (request.organisation().strip().length() > Organisations.MAX_NAME_LENGTH) {
                        err.println("The organisation's name must be " + Organisations.MAX_NAME_LENGTH + " characters or fewer.");
                        return 1;
                    }
                    host = organisations.create(request.organisation(), request.type(), true);
                    out.println("Created the host organisation " + host.name() + ".");
                }
                StaffAccount admin = provisioning.createUser(Provisioning.Process.FIRST_ADMINISTRATOR, new NewAccount(
                        request.username(), request.displayName(), request.email(), host.id(), null, Set.of(Role.ADMINISTRATOR),
                        request.password()));
                out.println("Created administrator " + admin.username() + " (" + admin.displayName() + ") of " + host.name()
                        + ". They can now sign in and create the other organisations and users.");
                return 0;
            });
        } catch (InvalidAccount invalid) {
            err.println("Nothing was created:");
            invalid.errors().all().forEach(problem -> err.println("  --" + option(problem.field()) + ": "
                    + messages.getMessage(problem.messageKey(), problem.args(), Locale.UK)));
            return 1;
        }
    }

    private static String option(String field) {
        return switch (field) {
            case "displayName" -> "display-name";
            case "password" -> "password (" + PASSWORD_VARIABLE + ")";
            default -> field;
        };
    }

    /** From the environment variable, or asked twice in the terminal; null (having said why) if neither works. */
    static String readPassword(PrintStream err) {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            err.println("Set " + PASSWORD_VARIABLE + " to the administrator's password, or run this in a terminal to be asked for it.");
            return null;
        }
        char[] first = console.readPassword("Password for the new administrator (at least 12 characters): ");
        char[] again = console.readPassword("The same password again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            err.println("The two passwords were not the same. Nothing was created.");
            return null;
        }
        return new String(first);
    }
}
