package org.joinery.accounts.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through an organisation's identity provider (OpenID Connect, for example Microsoft Entra
 * ID), set by JOINERY_OIDC_* environment variables; see docs/oidc.md. Off unless a client id is set.
 *
 * @param issuerUri        the provider's issuer; its endpoints are discovered from it at startup
 * @param name             what the sign-in button calls the provider ("Sign in with ...")
 * @param trustEmail       match a first sign-in by email even without an email_verified claim, for
 *                         providers such as Entra ID whose directory is the organisation's own
 * @param authorizationUri explicit endpoints, instead of discovery from the issuer
 */
@ConfigurationProperties("joinery.oidc")
record OidcProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue("your organisation account") String name,
        @DefaultValue("false") boolean trustEmail,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        String authorizationUri,
        String tokenUri,
        String jwkSetUri,
        String userInfoUri) {

    boolean explicitEndpoints() {
        return authorizationUri != null && !authorizationUri.isBlank();
    }

    @Override
    public String toString() {
        // Never let the client secret reach a log line.
        return "OidcProperties[issuer=" + issuerUri + ", client=" + clientId + ", name=" + name + "]";
    }
}
