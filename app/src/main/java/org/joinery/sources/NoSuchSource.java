package org.joinery.sources;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No source has this name. Shown as a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchSource extends RuntimeException {

    public NoSuchSource(String name) {
        super("There is no source named '" + name + "'");
    }
}
