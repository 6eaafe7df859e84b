package org.joinery.accounts;

import java.util.Collection;
import java.util.List;
import org.joinery.access.Actor;
import org.joinery.platform.web.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session. Holds no password once sign-in is done. */
record SignedInUser(StaffAccount account, String passwordHash) implements UserDetails, CurrentUser {

    SignedInUser withoutPassword() {
        return new SignedInUser(account, null);
    }

    @Override
    public Actor actor() {
        return actorOf(account);
    }

    static Actor actorOf(StaffAccount account) {
        return new Actor(account.id(), account.username(), account.organisationId(), account.hostOrganisation(),
                account.roles());
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
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
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
