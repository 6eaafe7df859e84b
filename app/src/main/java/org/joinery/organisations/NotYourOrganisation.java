package org.joinery.organisations;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone tried to manage an organisation they do not administer. Shown as a 403; nothing was changed. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotYourOrganisation extends RuntimeException {

    public NotYourOrganisation(String username, UUID organisationId) {
        super(username + " does not administer organisation " + organisationId);
    }
}
