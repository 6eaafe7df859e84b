package org.joinery.platform.security;

import java.time.Clock;
import org.joinery.access.Role;
import org.joinery.platform.JoineryProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
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
            SessionRegistry sessions, JoineryProperties properties, Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/sign-in", "/cookies", "/accessibility", "/error").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
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
}
