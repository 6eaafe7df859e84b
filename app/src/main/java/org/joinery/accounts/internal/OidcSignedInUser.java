package org.joinery.accounts.internal;

import org.joinery.accounts.StaffAccount;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The principal of a session signed in through the identity provider: pages see the same {@link org.joinery.platform.web.CurrentUser}. */
class OidcSignedInUser extends DefaultOidcUser implements StaffPrincipal {

    private final StaffAccount account;

    OidcSignedInUser(StaffAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(StaffPrincipal.authoritiesOf(account), idToken, userInfo, "sub");
        this.account = account;
    }

    @Override
    public StaffAccount account() {
        return account;
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
