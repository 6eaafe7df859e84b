package org.joinery.accounts.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Turns a person the identity provider signed in into a signed-in Joinery user, or refuses them. */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "joinery_no_account";

    private final OidcUserService provider = new OidcUserService();
    private final OidcAccounts accounts;
    private final boolean trustEmail;

    OidcSignIn(OidcAccounts accounts, boolean trustEmail) {
        this.accounts = accounts;
        this.trustEmail = trustEmail;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        boolean emailTrusted = trustEmail || Boolean.TRUE.equals(person.getEmailVerified());
        return accounts.match(person.getSubject(), person.getEmail(), emailTrusted)
                .map(account -> new OidcSignedInUser(account, person.getIdToken(), person.getUserInfo()))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT,
                        "No enabled Joinery account matches this person", null)));
    }
}
