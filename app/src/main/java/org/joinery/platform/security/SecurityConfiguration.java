package org.joinery.platform.security;

import java.time.Clock;
import org.joinery.access.Role;
import org.joinery.platform.JoineryProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in, CSRF protection and security headers for every page. Pages are open only where
 * listed here; everything else needs a signed-in user, and roles are checked again by the
 * access gate for any personal data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Joinery uses none of these browser features, so no page (or anything injected into one) may either. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /**
     * Every signed-in session, so that the accounts module can end a person's sessions when their
     * account is disabled or changed.
     */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends or changes its identifier, so it forgets it. */
    @Bean
    static HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
            SessionRegistry sessions, JoineryProperties properties, Clock clock, Environment environment) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/sign-in", "/cookies", "/accessibility", "/error").permitAll()
                        // Probes say only UP or DOWN, so orchestrators may ask without signing in.
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Metrics describe the system, not people, but are not for the public: on their own internal
                        // management port they are open to the scraper; on the application port only to administrators.
                        .requestMatchers(onTheManagementPort(environment)).permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(Role.ADMINISTRATOR.authority())
                        // Defence in depth: administration pages check their grants too, but no one else reaches them.
                        .requestMatchers("/admin/**").hasAuthority(Role.ADMINISTRATOR.authority())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", true)
                        .failureUrl("/sign-in?error")
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("JOINERY_SESSION"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // Sent only on requests that came over HTTPS (behind a proxy: JOINERY_FORWARD_HEADERS=native).
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        // Any number of sessions each; registered so that an ended one is refused at its next request.
                        .sessionConcurrency(concurrency -> concurrency
                                .maximumSessions(-1)
                                .sessionRegistry(sessions)
                                .expiredUrl("/sign-in?session-ended")))
                .addFilterBefore(new SessionLifetime(clock, properties.sessionMaxLifetime()), SecurityContextHolderFilter.class);
        if (identityProviders.getIfAvailable() != null) {
            // Sign-in through the organisation's identity provider, offered beside local sign-in (see docs/oidc.md).
            http.oauth2Login(oidc -> oidc
                    .loginPage("/sign-in")
                    .defaultSuccessUrl("/", true)
                    .failureUrl("/sign-in?oidc-refused"));
        }
        return http.build();
    }

    /**
     * Requests that reached the separate management port, when one is configured (MANAGEMENT_SERVER_PORT). Read
     * when asked, because the port is known only once the management server has started (it may be chosen at random);
     * kept once both servers have started, since looking a property up through every source, for every request,
     * was a visible part of serving a page.
     */
    static RequestMatcher onTheManagementPort(Environment environment) {
        java.util.concurrent.atomic.AtomicInteger known = new java.util.concurrent.atomic.AtomicInteger(-1);
        return request -> {
            int port = known.get();
            if (port < 0) {
                Integer managementPort = environment.getProperty("local.management.port", Integer.class);
                Integer serverPort = environment.getProperty("local.server.port", Integer.class);
                boolean separate = environment.getProperty("management.server.port") != null;
                if (serverPort == null || (separate && managementPort == null)) {
                    return false; // not started yet: nothing can have reached a management port, and nothing is kept
                }
                port = managementPort != null && managementPort > 0 && !managementPort.equals(serverPort) ? managementPort : 0;
                known.set(port);
            }
            return port > 0 && request.getLocalPort() == port;
        };
    }
}
