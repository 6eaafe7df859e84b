package org.joinery.accounts;

import org.joinery.access.Actor;
import org.joinery.platform.web.CurrentUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The principal of a session signed in through the identity provider: pages see the same {@link CurrentUser}. */
class OidcSignedInUser extends DefaultOidcUser implements CurrentUser {

    private final StaffAccount account;

    OidcSignedInUser(StaffAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(), idToken, userInfo, "sub");
        this.account = account;
    }

    @Override
    public Actor actor() {
        return SignedInUser.actorOf(account);
    }

    @Override
    public String displayName() {
        return account.displayName();
    }

    @Override
    public String organisationName() {
        return account.organisationName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcSignedInUser user && super.equals(other) && account.equals(user.account);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
