package org.joinery.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The absolute session lifetime: a session ends that long after it began, however busy it has been. */
class SessionLifetimeTest {

    final MockHttpSession session = new MockHttpSession();

    @Test
    void aSessionOlderThanItsLifetimeIsEndedAtItsNextRequest() throws Exception {
        request(Duration.ofHours(12).plusSeconds(1));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionWithinItsLifetimeGoesOn() throws Exception {
        request(Duration.ofHours(11).plusMinutes(59));
        assertThat(session.isInvalid()).isFalse();
    }

    private void request(Duration sinceSessionBegan) throws Exception {
        Clock later = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(sinceSessionBegan), ZoneOffset.UTC);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetime(later, Duration.ofHours(12)).doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request goes on either way").isSameAs(request);
    }
}
