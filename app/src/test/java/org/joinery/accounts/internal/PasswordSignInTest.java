package org.joinery.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.joinery.accounts.StaffAccount;
import org.joinery.platform.JoineryProperties;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How a password sign-in is checked, without the web: what runs for an unknown username. */
class PasswordSignInTest {

    /** Counts how often a password is hashed or compared: the slow, timing-relevant work. */
    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        int hashes;

        @Override
        public String encode(CharSequence raw) {
            hashes++;
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashes++;
            return real.matches(raw, encoded);
        }
    }

    /** A throttle that records what it is told instead of writing to a database. */
    static final class RecordingThrottle extends SignInThrottle {
        final List<String> events = new ArrayList<>();
        boolean locked;

        RecordingThrottle() {
            super(null, Clock.systemUTC(), new JoineryProperties(null, Path.of("data"), Duration.ofMinutes(30), Duration.ofHours(12),
                    new JoineryProperties.SignIn(5, 100, Duration.ofMinutes(15)), null, null, null), null);
        }

        @Override
        Attempt begin(String username, String address) {
            events.add("counted " + username);
            return new Attempt(java.util.UUID.randomUUID(), username, !locked);
        }

        @Override
        void succeeded(Attempt attempt) {
            events.add("succeeded " + attempt.username());
        }
    }

    /** Audit that records which refusals it is told of instead of writing them. */
    static final class RecordingAudit extends SignInAudit {
        final List<String> refusals = new ArrayList<>();

        RecordingAudit() {
            super(null, null, null, null);
        }

        @Override
        void refused(String username, String address, Refusal refusal) {
            refusals.add(refusal + " " + username);
        }
    }

    final CountingEncoder encoder = new CountingEncoder();
    final RecordingThrottle throttle = new RecordingThrottle();
    final RecordingAudit audit = new RecordingAudit();

    @Test
    void anUnknownUsernameStillCostsAPasswordCheckSoTimingDoesNotRevealIt() {
        PasswordSignIn signIn = new PasswordSignIn(username -> {
            throw new UsernameNotFoundException("No local account");
        }, encoder, throttle, audit);
        int before = encoder.hashes;
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("nobody", "a password")))
                .isInstanceOf(PasswordSignIn.SignInRefused.class);
        assertThat(encoder.hashes - before).as("password checks made for an unknown username").isGreaterThanOrEqualTo(1);
        assertThat(throttle.events).containsExactly("counted nobody");
        assertThat(audit.refusals).containsExactly("WRONG_PASSWORD nobody");
    }

    @Test
    void aDisabledAccountIsRefusedOnlyAfterItsPasswordIsChecked() {
        StaffAccount disabled = new StaffAccount(java.util.UUID.randomUUID(), "disabled", "Disabled Person", null,
                java.util.UUID.randomUUID(), "Org", false, null, false, java.util.Set.of(org.joinery.access.Role.PRACTITIONER));
        String hash = encoder.real.encode("the right password");
        PasswordSignIn signIn = new PasswordSignIn(username -> new SignedInUser(disabled, hash), encoder, throttle, audit);
        int before = encoder.hashes;
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("disabled", "the right password")))
                .isInstanceOf(PasswordSignIn.SignInRefused.class);
        assertThat(encoder.hashes - before).as("password checks made for a disabled account").isGreaterThanOrEqualTo(1);
        assertThat(throttle.events).containsExactly("counted disabled");
        assertThat(audit.refusals).containsExactly("ACCOUNT_DISABLED disabled");
    }

    @Test
    void aLockedSignInIsRefusedWithTheSameExceptionWithoutAskingForTheAccount() {
        throttle.locked = true;
        List<String> looked = new ArrayList<>();
        PasswordSignIn signIn = new PasswordSignIn(username -> {
            looked.add(username);
            throw new UsernameNotFoundException("No local account");
        }, encoder, throttle, audit);
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("someone", "a password")))
                .isInstanceOf(PasswordSignIn.SignInRefused.class);
        assertThat(looked).isEmpty();
        assertThat(audit.refusals).containsExactly("LOCKED_OUT someone");
    }
}
