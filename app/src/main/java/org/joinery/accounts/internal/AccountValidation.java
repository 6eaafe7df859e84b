package org.joinery.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.joinery.access.Role;
import org.joinery.organisations.Team;
import org.joinery.platform.web.FormErrors;

/** The rules an account's fields must meet. Sizes match the app_user columns. */
final class AccountValidation {

    static final int MAX_USERNAME = 100;
    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MIN_PASSWORD = 12;
    /** bcrypt reads only the first 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountValidation() {
    }

    /** Usernames are kept in lower case, so that "J.Smith" and "j.smith" are one person. */
    static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static void username(FormErrors errors, String username) {
        if (username.isEmpty()) {
            errors.reject("username", "admin.user.username.missing");
        } else if (username.length() > MAX_USERNAME) {
            errors.reject("username", "admin.user.username.tooLong", MAX_USERNAME);
        } else if (username.length() < 3 || !USERNAME.matcher(username).matches()) {
            errors.reject("username", "admin.user.username.format");
        }
    }

    static void details(FormErrors errors, String displayName, String email, UUID teamId, Set<Role> roles, List<Team> teams) {
        if (displayName == null || displayName.isBlank()) {
            errors.reject("displayName", "admin.user.displayName.missing");
        } else if (displayName.strip().length() > MAX_DISPLAY_NAME) {
            errors.reject("displayName", "admin.user.displayName.tooLong", MAX_DISPLAY_NAME);
        }
        if (email != null && !email.isBlank()) {
            if (email.strip().length() > MAX_EMAIL) {
                errors.reject("email", "admin.user.email.tooLong", MAX_EMAIL);
            } else if (!EMAIL.matcher(email.strip()).matches()) {
                errors.reject("email", "admin.user.email.format");
            }
        }
        if (teamId != null && teams.stream().noneMatch(team -> team.id().equals(teamId))) {
            errors.reject("teamId", "admin.user.team.unknown");
        }
        if (roles.isEmpty()) {
            errors.reject("roles", "admin.user.roles.missing");
        }
    }

    static void password(FormErrors errors, String password, boolean required) {
        if (password == null || password.isEmpty()) {
            if (required) {
                errors.reject("password", "admin.user.password.missing", MIN_PASSWORD);
            }
        } else if (password.length() < MIN_PASSWORD) {
            errors.reject("password", "admin.user.password.tooShort", MIN_PASSWORD);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.reject("password", "admin.user.password.tooLong", MAX_PASSWORD_BYTES);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
