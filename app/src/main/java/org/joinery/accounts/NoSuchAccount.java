package org.joinery.accounts;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchAccount extends RuntimeException {

    public NoSuchAccount(UUID id) {
        super("No staff account " + id);
    }
}
