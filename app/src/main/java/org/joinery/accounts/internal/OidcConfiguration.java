package org.joinery.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The identity provider, when JOINERY_OIDC_CLIENT_ID is set. The security configuration turns on
 * OIDC sign-in when there is a {@link ClientRegistrationRepository}; without one nothing OIDC exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${joinery.oidc.client-id:}' != ''")
class OidcConfiguration {

    /** The registration id, which appears in the sign-in and redirect paths. */
    static final String REGISTRATION = "oidc";

    @Bean
    ClientRegistrationRepository identityProvider(OidcProperties oidc) {
        ClientRegistration.Builder builder;
        if (oidc.explicitEndpoints()) {
            builder = ClientRegistration.withRegistrationId(REGISTRATION)
                    .authorizationUri(oidc.authorizationUri())
                    .tokenUri(require(oidc.tokenUri(), "JOINERY_OIDC_TOKEN_URI"))
                    .jwkSetUri(require(oidc.jwkSetUri(), "JOINERY_OIDC_JWK_SET_URI"))
                    .userInfoUri(blankToNull(oidc.userInfoUri()))
                    .issuerUri(blankToNull(oidc.issuerUri()));
        } else {
            builder = ClientRegistrations.fromIssuerLocation(require(oidc.issuerUri(), "JOINERY_OIDC_ISSUER_URI"))
                    .registrationId(REGISTRATION);
        }
        return new InMemoryClientRegistrationRepository(builder
                .clientId(oidc.clientId())
                .clientSecret(require(oidc.clientSecret(), "JOINERY_OIDC_CLIENT_SECRET"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(oidc.scopes())
                .userNameAttributeName("sub")
                .clientName(oidc.name())
                .build());
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(OidcAccounts accounts, OidcProperties oidc) {
        return new OidcSignIn(accounts, oidc.trustEmail());
    }

    /** Unset settings arrive as empty strings; the registration wants them absent. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("JOINERY_OIDC_CLIENT_ID is set, so " + variable
                    + " must be set too. See docs/oidc.md.");
        }
        return value;
    }
}
