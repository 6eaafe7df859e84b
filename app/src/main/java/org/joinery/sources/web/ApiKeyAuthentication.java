package org.joinery.sources.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.joinery.access.Actor;
import org.joinery.sources.ApiKeys;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <key>} and, for a live key, signs the request in as the key's
 * organisation (an {@link Actor} with no roles). No key, or a dead one, leaves the request anonymous: the API then
 * asks the access gate anyway, so the refusal is audited, and answers 401.
 */
class ApiKeyAuthentication extends OncePerRequestFilter {

    private final ApiKeys keys;

    ApiKeyAuthentication(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            keys.authenticate(header.substring(7).strip()).ifPresent(actor -> {
                var authentication = new UsernamePasswordAuthenticationToken(actor, null, List.of());
                SecurityContextHolder.getContext().setAuthentication(authentication);
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
