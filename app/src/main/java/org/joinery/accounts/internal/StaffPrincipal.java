package org.joinery.accounts.internal;

import java.util.List;
import org.joinery.access.Actor;
import org.joinery.accounts.StaffAccount;
import org.joinery.platform.web.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in staff account, however it signed in (password or OIDC): what pages see of it. */
interface StaffPrincipal extends CurrentUser {

    StaffAccount account();

    @Override
    default Actor actor() {
        StaffAccount account = account();
        return new Actor(account.id(), account.username(), account.organisationId(), account.hostOrganisation(),
                account.roles());
    }

    @Override
    default String displayName() {
        return account().displayName();
    }

    @Override
    default String organisationName() {
        return account().organisationName();
    }

    static List<GrantedAuthority> authoritiesOf(StaffAccount account) {
        return account.roles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }
}
