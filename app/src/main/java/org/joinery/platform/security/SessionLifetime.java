package org.joinery.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute lifetime, however busy it has been, so that a
 * session left open on a shared computer, or taken by someone else, does not last for ever. The
 * request then goes on without a session, and sign-in is asked for as usual.
 */
final class SessionLifetime extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration maxLifetime;

    SessionLifetime(Clock clock, Duration maxLifetime) {
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > maxLifetime.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
