package org.joinery.accounts.internal;

import java.util.Collection;
import org.joinery.accounts.StaffAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session. Holds no password once sign-in is done. */
record SignedInUser(StaffAccount account, String passwordHash) implements UserDetails, StaffPrincipal {

    SignedInUser withoutPassword() {
        return new SignedInUser(account, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return StaffPrincipal.authoritiesOf(account);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    /**
     * Always true here: {@link PasswordSignIn} refuses a disabled account only after checking the
     * password, so that a disabled account takes as long to refuse as a wrong password does.
     */
    @Override
    public boolean isEnabled() {
        return true;
    }
}
